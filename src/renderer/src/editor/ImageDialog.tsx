import { ASSET_MIME_TYPES, MAX_ASSET_BYTES } from '@shared/body-image';
import { useEffect, useState } from 'react';
import { api, apiErrorOf } from '../api';
import { DialogForm, Modal } from '../components/Modal';
import { useT, type MessageKey } from '../i18n';
import { assetUrl, fileToBase64 } from './asset-urls';

export interface PictureAttrs {
  src: string;
  alt: string;
  caption: string;
}

interface ImageDialogProps {
  open: boolean;
  /** The picture being edited; null to insert a new one. */
  picture: PictureAttrs | null;
  onApply(picture: PictureAttrs): void;
  onClose(): void;
}

const ACCEPT = Object.values(ASSET_MIME_TYPES).join(',');

/** Inserts a picture into the body, or edits the alt text and caption of one. */
export function ImageDialog({ open, picture, onApply, onClose }: ImageDialogProps) {
  const t = useT();
  return (
    <Modal
      open={open}
      titleId="image-dialog-title"
      title={picture ? t('picture.editTitle') : t('picture.addTitle')}
      onClose={onClose}
    >
      <PictureForm picture={picture} onApply={onApply} onClose={onClose} />
    </Modal>
  );
}

type Upload =
  | { state: 'none' }
  | { state: 'storing' }
  | { state: 'failed'; message: MessageKey };

function PictureForm({ picture, onApply, onClose }: Omit<ImageDialogProps, 'open'>) {
  const t = useT();
  const [src, setSrc] = useState(picture?.src ?? '');
  const [alt, setAlt] = useState(picture?.alt ?? '');
  const [caption, setCaption] = useState(picture?.caption ?? '');
  const [upload, setUpload] = useState<Upload>({ state: 'none' });
  const [preview, setPreview] = useState('');
  const [missingSrc, setMissingSrc] = useState(false);

  useEffect(() => {
    let current = true;
    if (src) void assetUrl(src).then((url) => current && setPreview(url), () => undefined);
    return () => {
      current = false;
    };
  }, [src]);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setMissingSrc(false);
    if (file.size > MAX_ASSET_BYTES) {
      setUpload({ state: 'failed', message: 'picture.tooLarge' });
      return;
    }
    setUpload({ state: 'storing' });
    try {
      const stored = await api.call('assets.put', { data: await fileToBase64(file) });
      setSrc(stored.src);
      setUpload({ state: 'none' });
    } catch (error) {
      const code = apiErrorOf(error).code;
      const message: MessageKey =
        code === 'too-large' ? 'picture.tooLarge' : code === 'invalid-input' ? 'picture.notAPicture' : 'picture.storeFailed';
      setUpload({ state: 'failed', message });
    }
  };

  const apply = () => {
    if (!src) setMissingSrc(true);
    else onApply({ src, alt: alt.trim(), caption: caption.trim() });
  };

  return (
    <DialogForm onSubmit={apply}>
      <div className="picture-form">
        <div className="picture-form__preview">
          {preview ? (
            <img src={preview} alt={alt} />
          ) : (
            <span className="picture-form__empty">{t('picture.none')}</span>
          )}
        </div>
        <div className="picture-form__fields">
          {!picture && (
            <div className="field">
              <label className="field__label" htmlFor="picture-file">
                {t('picture.file')}
              </label>
              <input
                id="picture-file"
                className="field__file"
                type="file"
                accept={ACCEPT}
                aria-describedby="picture-file-hint"
                autoFocus
                onChange={(event) => void choose(event.target.files?.[0])}
              />
              <p
                id="picture-file-hint"
                className={upload.state === 'failed' || missingSrc ? 'field__error' : 'field__hint'}
                role={upload.state === 'failed' || missingSrc ? 'alert' : 'status'}
              >
                {upload.state === 'failed'
                  ? t(upload.message)
                  : missingSrc
                    ? t('picture.chooseFirst')
                    : upload.state === 'storing'
                      ? t('picture.storing')
                      : t('picture.fileHint')}
              </p>
            </div>
          )}
          <div className="field">
            <label className="field__label" htmlFor="picture-alt">
              {t('picture.alt')}
            </label>
            <input
              id="picture-alt"
              className="field__input"
              value={alt}
              maxLength={1000}
              aria-describedby="picture-alt-hint"
              autoFocus={!!picture}
              onChange={(event) => setAlt(event.target.value)}
            />
            <p id="picture-alt-hint" className="field__hint">
              {t('picture.altHint')}
            </p>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="picture-caption">
              {t('picture.caption')}
            </label>
            <input
              id="picture-caption"
              className="field__input"
              value={caption}
              maxLength={1000}
              onChange={(event) => setCaption(event.target.value)}
            />
          </div>
        </div>
      </div>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('dialog.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={upload.state === 'storing'}>
          {picture ? t('picture.apply') : t('picture.insert')}
        </button>
      </div>
    </DialogForm>
  );
}
