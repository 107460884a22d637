import { describe, expect, it } from 'vitest';
import { fold, foldWord } from '@shared/text/fold';

describe('fold: case, ё/е, compatibility forms and Latin diacritics, for all seven languages', () => {
  it('Russian: lower case and ё → е, й kept', () => {
    expect(fold('ОБЪЕДИНЁННЫЙ ШТАБ')).toBe('объединенный штаб');
    expect(fold('Ёлка')).toBe('елка');
    expect(fold('ЙОД й')).toBe('йод й');
    // A stress mark is not part of the letter.
    expect(fold('за́мок')).toBe('замок');
  });

  it('English and other Latin: diacritics and spelled-out letters removed', () => {
    expect(fold('Crème Brûlée, Ærø, Łódź, Straße')).toBe('creme brulee, aero, lodz, strasse');
    expect(fold('CSTO')).toBe('csto');
    // Decomposed input folds like the composed form.
    expect(fold('Cre\u0300me')).toBe('creme');
  });

  it('Armenian: capitals fold to lower case, letters are not stripped', () => {
    expect(fold('ՀԱՊԿ')).toBe('հապկ');
    expect(fold('ՀԱՎԱՔԱԿԱՆ ԱՆՎՏԱՆԳՈՒԹՅՈՒՆ')).toBe('հավաքական անվտանգություն');
    // The ligature և is spelled ԵՎ in capitals: both fold alike.
    expect(fold('և')).toBe(fold('ԵՎ'));
    // Armenian question/emphasis marks inside a word do not split or change it.
    expect(foldWord('ինչո՞ւ')).toBe('ինչու');
  });

  it('Belarusian: ў and і are kept, apostrophe variants meet', () => {
    expect(fold('ЎСХОД')).toBe('ўсход');
    expect(fold('ў')).not.toBe(fold('у'));
    expect(fold('БЯСПЕКІ')).toBe('бяспекі');
    expect(foldWord('Аб’яднаны')).toBe('абяднаны');
    expect(foldWord("Аб'яднаны")).toBe(foldWord('Абʼяднаны'));
  });

  it('Kazakh: ә ғ қ ң ө ұ ү һ і are kept and distinct from а г к н о у у х и', () => {
    expect(fold('ҰЖЫМДЫҚ ҚАУІПСІЗДІК')).toBe('ұжымдық қауіпсіздік');
    expect(fold('ӘҒҚҢӨҰҮҺІ')).toBe('әғқңөұүһі');
    expect(fold('ұ')).not.toBe(fold('у'));
    expect(fold('ү')).not.toBe(fold('у'));
    expect(fold('қ')).not.toBe(fold('к'));
  });

  it('Kyrgyz: ң ө ү are kept', () => {
    expect(fold('ЖАМААТТЫК КООПСУЗДУК ЖӨНҮНДӨ')).toBe('жамааттык коопсуздук жөнүндө');
    expect(fold('ҢӨҮ')).toBe('ңөү');
  });

  it('Tajik: ғ ӣ қ ӯ ҳ ҷ are kept, ӣ and ӯ not reduced to и and у', () => {
    expect(fold('ҒӢҚӮҲҶ')).toBe('ғӣқӯҳҷ');
    expect(fold('ДАСТАҶАМЪӢ')).toBe('дастаҷамъӣ');
    expect(fold('ӣ')).not.toBe('и');
    expect(fold('ӯ')).not.toBe('у');
  });

  it('NFKC: full-width and ligature forms become plain letters', () => {
    expect(fold('ＣＳＴＯ')).toBe('csto');
    expect(fold('ﬁnal')).toBe('final');
  });

  it('reads Latin look-alikes inside a Cyrillic word as Cyrillic letters, and only there', () => {
    // "Бiрiккен" typed with a Latin i, as happens on a Latin layout.
    expect(foldWord('Бiрiккен')).toBe(foldWord('Біріккен'));
    expect(foldWord('pie')).toBe('pie');
    expect(foldWord('COVID')).toBe('covid');
  });
});
