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
 * whatever had it before (the button or the text that opened it). React state decides whether
 * it is open.
 */
export function Modal({ open, titleId, title, onClose, children, size = 'medium' }: ModalProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
    }
    if (!open && element.open) {
      element.close();
      // The browser gives focus back only if it was still inside the dialog, and the content
      // is gone by now: so it is given back here, to what opened the dialog, if that is still there.
      const previous = opener.current;
      opener.current = null;
      if (previous?.isConnected) previous.focus({ preventScroll: true });
    }
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
