import type { Embargo } from '@shared/domain';
import { formatWallDateTime } from '@shared/date-format';
import { formatUtcOffset, utcOffsetMinutes, wallTimeToInstant } from '@shared/zoned-time';
import { useState } from 'react';
import { DateField } from '../components/DateField';
import { FormField } from '../components/FormField';
import { TimeField } from '../components/TimeField';
import { useT, useUiLanguage } from '../i18n';
import { useOpenReleaseStore } from '../stores/open-release-store';
import { localTimeZone, timeZoneChoices, timeZoneLabel } from './time-zones';

const DEFAULT_TIME = '10:00';

/** Embargo: not for publication before a date and time in a given time zone. */
export function EmbargoField() {
  const t = useT();
  const uiLang = useUiLanguage();
  const embargo = useOpenReleaseStore((s) => s.draft?.embargo ?? null);
  const releaseDate = useOpenReleaseStore((s) => s.draft?.date ?? '');
  const editFields = useOpenReleaseStore((s) => s.editFields);
  // Kept apart from the release while a field is being changed and momentarily incomplete.
  const [date, setDate] = useState(embargo?.until.slice(0, 10) ?? releaseDate);
  const [time, setTime] = useState(embargo?.until.slice(11, 16) ?? DEFAULT_TIME);
  const [zone, setZone] = useState(embargo?.timeZone ?? localTimeZone());

  const store = (next: { date: string; time: string; zone: string }) => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(next.date) && /^\d{2}:\d{2}$/.test(next.time)) {
      const value: Embargo = { until: `${next.date}T${next.time}`, timeZone: next.zone };
      editFields({ embargo: value });
    }
  };
  const change = (patch: Partial<{ date: string; time: string; zone: string }>) => {
    const next = { date, time, zone, ...patch };
    setDate(next.date);
    setTime(next.time);
    setZone(next.zone);
    store(next);
  };

  return (
    <div className="embargo">
      <label className="check">
        <input
          type="checkbox"
          checked={embargo !== null}
          onChange={(event) =>
            event.target.checked ? store({ date, time, zone }) : editFields({ embargo: null })
          }
        />
        {t('meta.embargoOn')}
      </label>
      {embargo && (
        <>
          <div className="embargo__when">
            <DateField
              id="embargo-date"
              label={t('meta.embargoDate')}
              value={date}
              required
              onChange={(next) => {
                if (next) change({ date: next });
              }}
            />
            <TimeField
              id="embargo-time"
              label={t('meta.embargoTime')}
              value={time}
              onChange={(next) => change({ time: next })}
            />
          </div>
          <FormField id="embargo-zone" label={t('meta.embargoZone')}>
            {(control) => (
              <select
                {...control}
                className="field__input field__input--compact"
                value={zone}
                onChange={(event) => change({ zone: event.target.value })}
              >
                {timeZoneChoices(zone).map((choice) => (
                  <option key={choice} value={choice}>
                    {timeZoneLabel(choice)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <p className="meta-preview" data-testid="embargo-preview">
            {t('meta.embargoPreview', {
              when: formatWallDateTime(embargo.until, uiLang),
              zone: embargo.timeZone,
              offset: formatUtcOffset(
                utcOffsetMinutes(wallTimeToInstant(embargo.until, embargo.timeZone), embargo.timeZone),
              ),
            })}
          </p>
        </>
      )}
    </div>
  );
}
