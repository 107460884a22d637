import { useEffect, useRef, type ReactNode } from 'react';

interface ModalProps {
  open: boolean;
  titleId: string;
  title: ReactNode;
  /** Escape ends here, as does every Cancel or Close button of the content. */
  onClose(): void;
  /** Rendered only while open, so a form inside starts afresh each time. */
  children: ReactNode;
  size?: 'small' | 'medium' | 'large';
}

/**
 * A modal <dialog>: the browser keeps focus inside and Escape closes it; focus returns to
 * whatever had it before. React state decides whether it is open.
 */
export function Modal({ open, titleId, title, onClose, children, size = 'medium' }: ModalProps) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className={`dialog dialog--${size}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <h2 className="dialog__title" id={titleId}>
            {title}
          </h2>
          {children}
        </>
      )}
    </dialog>
  );
}

/** A dialog's form: Enter in a field submits it, as in any desktop dialog. */
export function DialogForm({ onSubmit, children }: { onSubmit(): void; children: ReactNode }) {
  return (
    <form
      className="dialog-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}
