/**
 * One stylesheet for every printed document: black and grey only (offices print in monochrome),
 * thin rules, light grey header cells, the sizes of a municipal A4 form. `print-color-adjust`
 * keeps the grey cells when a browser prints the HTML view.
 */
export const PRINT_CSS = `
@page { size: A4 portrait; margin: 14mm 12mm; }
*, *::before, *::after { box-sizing: border-box; }
html {
  font-family: 'Noto Sans JP', sans-serif; font-size: 10.5pt; line-height: 1.45; color: #111;
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
  font-kerning: normal; text-rendering: optimizeLegibility;
}
body { margin: 0; }
h1, h2, h3, p { margin: 0; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 0.6pt solid #444; padding: 0.7mm 1.8mm; vertical-align: top; text-align: left; font-weight: 400; overflow-wrap: anywhere; }
th { background: #ebebeb; font-weight: 700; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.paper + .paper { break-before: page; }
/* Column widths as classes: the print view's CSP allows no style attributes. */
.w12 { width: 12mm; } .w15 { width: 15mm; } .w16 { width: 16mm; } .w17 { width: 17mm; } .w18 { width: 18mm; } .w19 { width: 19mm; } .w20 { width: 20mm; } .w21 { width: 21mm; } .w22 { width: 22mm; } .w24 { width: 24mm; } .w26 { width: 26mm; } .w30 { width: 30mm; } .w44 { width: 44mm; }

/* plan sheet */
.sheet-head { display: flex; justify-content: space-between; align-items: flex-end; gap: 6mm;
  padding-bottom: 1.4mm; margin-bottom: 3mm; border-bottom: 1.6pt solid #111; }
.sheet-head h1 { font-size: 15pt; font-weight: 700; letter-spacing: 0.35em; white-space: nowrap; }
.sheet-head .source { font-size: 8.5pt; color: #444; text-align: right; line-height: 1.4; }
.summary th { font-size: 9.5pt; white-space: nowrap; padding-top: 1mm; }
.summary th .sub { font-size: 7.5pt; font-weight: 400; }
.summary .plan-number, .summary .plan-title { font-size: 12pt; font-weight: 700; line-height: 1.4; }
.summary .plan-number { white-space: nowrap; letter-spacing: 0.02em; }
.code { display: inline-block; min-width: 3em; margin-right: 0.6em; font-weight: 700; white-space: nowrap; }
.choice { margin-right: 1.4em; white-space: nowrap; }
.choice.off { color: #8a8a8a; }
.sub { font-size: 8.5pt; font-weight: 400; color: #444; }
.block { margin-top: 2.4mm; }
.block > h2 { font-size: 10pt; font-weight: 700; padding: 0.4mm 2mm; background: #ebebeb;
  border: 0.6pt solid #444; border-bottom: none; border-left: 2.6pt solid #111; break-after: avoid; }
.block > h2 .unit { float: right; font-size: 8.5pt; font-weight: 400; padding-top: 0.5mm; }
.block > .text { border: 0.6pt solid #444; padding: 1.2mm 2mm; white-space: pre-wrap; }
td.prose { white-space: pre-wrap; }
.summary td.prose { height: 11mm; }
.empty { color: #6b6b6b; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.center { text-align: center; }
th.year { text-align: center; white-space: nowrap; font-size: 9pt; padding-left: 0.6mm; padding-right: 0.6mm; }
.schedule, .targets, .effects { font-size: 9.5pt; }
.schedule .year-cell { white-space: nowrap; text-align: center; }
.schedule .phase { text-align: center; white-space: nowrap; }
.targets td.num, .effects td.num { padding-left: 1mm; padding-right: 1.4mm; }
.targets .baseline-year { display: block; font-size: 8pt; color: #444; }
.effects tr.total th, .effects tr.total td { font-weight: 700; border-top: 1.2pt solid #111; }
.reason { margin-top: 1mm; }
.chips { display: flex; flex-wrap: wrap; gap: 0.8mm 1.4mm; padding: 0.3mm 0; }
.chip { border: 0.6pt solid #666; border-radius: 1mm; padding: 0 1.4mm; font-size: 8.5pt; line-height: 1.5; white-space: nowrap; }
.chip b { margin-right: 0.5em; }

/* booklet */
.cover { height: 262mm; display: flex; flex-direction: column; justify-content: center; align-items: center; text-align: center; gap: 9mm; }
.cover .municipality { font-size: 15pt; letter-spacing: 0.2em; }
.cover h1 { font-size: 22pt; font-weight: 700; line-height: 1.4; }
.cover .draft { font-size: 14pt; margin-left: 0.5em; }
.cover .kind { font-size: 28pt; font-weight: 700; letter-spacing: 0.6em; padding: 3mm 8mm 3mm 14mm;
  border-top: 1.6pt solid #111; border-bottom: 1.6pt solid #111; }
.cover .period { font-size: 13pt; }
.cover .theme { font-size: 12pt; max-width: 150mm; color: #222; }
.part-title { font-size: 14pt; font-weight: 700; padding-bottom: 1.4mm; margin-bottom: 4mm; border-bottom: 1.6pt solid #111; letter-spacing: 0.2em; }
.toc table { table-layout: auto; }
.toc th, .toc td { border: none; border-bottom: 0.5pt solid #bbb; padding: 0.9mm 1.6mm; vertical-align: baseline; }
.toc tr.group th { background: #ebebeb; border-bottom: 0.6pt solid #444; padding-top: 1.2mm; }
.toc td.number { width: 22mm; white-space: nowrap; font-weight: 700; }
.toc td.department { width: 40mm; color: #333; }
.toc .group-count { float: right; font-weight: 400; font-size: 9pt; }
.framework td { padding-top: 0.7mm; padding-bottom: 0.7mm; }
.framework td.level { white-space: nowrap; font-size: 9.5pt; }
.framework td.node-code { white-space: nowrap; }
.framework td.depth-1 { padding-left: 5mm; }
.framework td.depth-2 { padding-left: 9mm; }
.framework td.depth-3 { padding-left: 13mm; }
.framework tr.top td { background: #f3f3f3; font-weight: 700; }
.framework tr.total th, .framework tr.total td { font-weight: 700; border-top: 1.2pt solid #111; }
.framework .note { margin-top: 1.6mm; font-size: 8.5pt; color: #444; }

/* progress and achievement reports */
.w32 { width: 32mm; }
.report-head { text-align: center; padding-bottom: 3mm; margin-bottom: 4mm; border-bottom: 1.6pt solid #111; }
.report-head .outline { font-size: 10pt; color: #333; }
.report-head h1 { font-size: 18pt; font-weight: 700; letter-spacing: 0.12em; margin: 1.5mm 0 2.5mm; }
.report-head .meta { text-align: right; font-size: 9.5pt; }
.report-head .meta span + span { margin-left: 6mm; }
.section-title { font-size: 12pt; font-weight: 700; margin: 5mm 0 2mm; padding-left: 2mm; border-left: 3pt solid #111; break-after: avoid; }
.paper > .section-title:first-child { margin-top: 0; }
.report-summary { font-size: 9.5pt; }
.report-summary th.axis { vertical-align: middle; text-align: center; }
.report-summary tr.total th, .report-summary tr.total td { font-weight: 700; border-top: 1.2pt solid #111; }
.report-summary tr.group td { background: #f5f5f5; }
.notes { margin: 1.6mm 0 0; padding-left: 4.5mm; font-size: 8.5pt; color: #333; }
.notes li + li { margin-top: 0.4mm; }
.node-head { display: flex; justify-content: space-between; align-items: baseline; gap: 4mm; margin-top: 4mm; padding: 0.8mm 2mm;
  background: #ebebeb; border: 0.6pt solid #444; border-bottom: none; border-left: 2.6pt solid #111; font-weight: 700; break-after: avoid; }
.node-head .figures { font-size: 8.5pt; font-weight: 400; text-align: right; }
.report-plans { font-size: 8.5pt; line-height: 1.4; }
.report-plans th { font-size: 8.5pt; text-align: center; padding: 0.6mm 1mm; }
.report-plans td { padding: 0.6mm 1.2mm; }
.report-plans td.status, .report-plans td.grade { text-align: center; }
.worse { display: inline-block; margin-left: 0.4em; padding: 0 0.8mm; border: 0.6pt solid #111; font-size: 7.5pt; font-weight: 700; line-height: 1.3; }
.reason-label { font-weight: 700; }
.targets-actual, .effect-years { font-size: 9pt; }
.effect-years td.num, .targets-actual td.num { padding-left: 1mm; padding-right: 1.4mm; }
.block > table.report-summary { margin: 0; }

@media screen {
  html { background: #7d7d7d; }
  body { padding: 8mm 0; }
  .paper { width: 210mm; min-height: 297mm; margin: 0 auto 8mm; padding: 14mm 12mm; background: #fff;
    box-shadow: 0 1mm 4mm rgba(0, 0, 0, 0.35); }
  .cover { height: 269mm; }
}
`;
