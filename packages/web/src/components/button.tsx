import type { ButtonHTMLAttributes } from 'react';
import { Link, type LinkProps } from 'react-router';

type ButtonVariant = 'primary' | 'secondary' | 'tertiary';
type ButtonSize = 'md' | 'sm';

const base =
  'inline-flex items-center justify-center gap-2 rounded-8 no-underline transition-colors disabled:cursor-not-allowed';

const variants: Record<ButtonVariant, string> = {
  primary:
    'border-2 border-key-900 bg-key-900 text-white hover:border-key-1000 hover:bg-key-1000 hover:text-white hover:underline disabled:border-solid-gray-300 disabled:bg-solid-gray-300 disabled:text-solid-gray-50 disabled:no-underline',
  secondary:
    'border-2 border-key-900 bg-white text-key-900 hover:border-key-1000 hover:bg-key-50 hover:text-key-1000 hover:underline disabled:border-solid-gray-300 disabled:text-solid-gray-420 disabled:no-underline',
  tertiary:
    'border-2 border-transparent bg-transparent text-key-900 underline underline-offset-[3px] hover:bg-key-50 hover:text-key-1000 disabled:text-solid-gray-420',
};

const sizes: Record<ButtonSize, string> = {
  md: 'min-h-12 px-6 py-2 text-oln-16B-100',
  sm: 'min-h-9 px-3 py-1 text-oln-16N-100',
};

export function buttonClass(variant: ButtonVariant = 'primary', size: ButtonSize = 'md'): string {
  return `${base} ${variants[variant]} ${sizes[size]}`;
}

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
}

export function Button({ variant = 'primary', size = 'md', type = 'button', className = '', ...props }: ButtonProps) {
  return <button type={type} className={`${buttonClass(variant, size)} ${className}`} {...props} />;
}

interface LinkButtonProps extends LinkProps {
  variant?: ButtonVariant;
  size?: ButtonSize;
}

export function LinkButton({ variant = 'secondary', size = 'md', className = '', ...props }: LinkButtonProps) {
  return <Link className={`${buttonClass(variant, size)} ${className}`} {...props} />;
}
