"""Text helpers shared by the templates: greetings, quoted replies, forwards,
lab panels, demographic lines with RAMQ NAMs and other identifiers."""
import datetime

from gen_common import (CENTRE_EN, CENTRE_FR, MONTHS, MOIS, DAYS, JOURS, fdate, fmt_mrn, fmt_nam, nm,
                        NAM_STYLES, MRN_STYLES, age_on, tt, dx_name)


def hello(c, who=None, group=False):
    if c.lang == 'fr':
        single, grp, formal = ['Bonjour', 'Bonjour', 'Allo', 'Salut', 'Bon matin'], ['Bonjour à tous', 'Bonjour', 'Bonjour à toutes et à tous', 'Bon matin à tous'], ['Bonjour', 'Bonjour', 'Bon matin']
    else:
        single, grp, formal = ['Hi', 'Hello', 'Good morning', 'Hi there', 'Hey'], ['Hi all', 'Hello everyone', 'Dear colleagues', 'Good morning all'], ['Hello', 'Dear', 'Good morning']
    if who:
        pool = formal if who.split(' ')[0] in ('Dr', 'Dre', 'Dr.', 'Mme', 'Ms.', 'Mr.', 'M.') else [g for g in single if g != 'Hi there']
        return '%s %s,' % (c.choice(pool), who)
    return c.choice(grp if group else single) + ','


def thanks(c):
    fr = ['Merci!', 'Merci beaucoup,', 'Merci à l\'avance,', 'Bonne journée,', 'Merci et bonne fin de journée,', 'Cordialement,']
    en = ['Thanks!', 'Thanks so much,', 'Many thanks,', 'Best,', 'Thank you,', 'Cheers,']
    return c.choice(fr if c.lang == 'fr' else en)


def sign(c, p, short=None):
    if short is None:
        short = c.chance(0.35)
    return p.sig(c.lang, c.rng, short=short)


def stamp_fr(dt):
    return '%s %d %s %d à %02d:%02d' % (JOURS[dt.weekday()][:3] + '.', dt.day, MOIS[dt.month - 1], dt.year, dt.hour, dt.minute)


def stamp_en(dt):
    h = dt.hour % 12 or 12
    return '%s, %s %d, %d at %d:%02d %s' % (DAYS[dt.weekday()][:3], MONTHS[dt.month - 1][:3], dt.day, dt.year, h,
                                            dt.minute, 'AM' if dt.hour < 12 else 'PM')


def quote(c, person, when, text, style=None, subject=''):
    """A quoted reply block, gmail-like (>) or Outlook-like (header block)."""
    style = style if style is not None else c.choice(['gt', 'outlook', 'gt'])
    if style == 'gt':
        head = tt(c.lang, 'Le %s, %s <%s> a écrit :' % (stamp_fr(when), person.name, person.addr),
                  'On %s, %s <%s> wrote:' % (stamp_en(when), person.name, person.addr))
        body = '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))
        return head + '\n' + body
    if c.lang == 'fr':
        head = ("-----Message d'origine-----\nDe : %s, %s <%s>\nEnvoyé : %s %d %s %d %02d:%02d\nObjet : " %
                (person.surname, person.given, person.addr, JOURS[when.weekday()], when.day, MOIS[when.month - 1],
                 when.year, when.hour, when.minute))
    else:
        head = ('-----Original Message-----\nFrom: %s, %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nSubject: ' %
                (person.surname, person.given, person.addr, DAYS[when.weekday()], MONTHS[when.month - 1], when.day,
                 when.year, when.hour % 12 or 12, when.minute, 'AM' if when.hour < 12 else 'PM'))
    return head + subject + '\n\n' + text


def fwd_header(c, person, when, subject, to):
    if c.lang == 'fr':
        return ('---------- Message transféré ---------\nDe : %s <%s>\nDate : %s\nObjet : %s\nÀ : %s\n' %
                (person.name, person.addr, stamp_fr(when), subject, to))
    return ('---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s\n' %
            (person.name, person.addr, stamp_en(when), subject, to))


def earlier(c, hours_lo=2, hours_hi=60):
    dt = c.date - datetime.timedelta(hours=c.randint(hours_lo, hours_hi), minutes=c.randint(0, 59))
    if dt.hour < 7:
        dt = dt.replace(hour=dt.hour + 8)
    return dt


def dec(x, lang, nd=1):
    s = ('%.' + str(nd) + 'f') % x
    return s.replace('.', ',') if lang == 'fr' else s


def cbc(c, kind='neutro', style=None):
    """Return (text, dict) of a terse CBC."""
    lang = c.lang
    if kind == 'neutro':
        hb, plt, wbc, anc = c.randint(68, 98), c.randint(8, 60), c.randint(2, 12) / 10, c.randint(0, 4) / 10
    elif kind == 'anemic':
        hb, plt, wbc, anc = c.randint(55, 72), c.randint(15, 140), c.randint(10, 60) / 10, c.randint(5, 30) / 10
    elif kind == 'leuk':
        hb, plt, wbc, anc = c.randint(52, 84), c.randint(9, 45), c.randint(180, 1450) / 10, c.randint(1, 8) / 10
    elif kind == 'itp':
        hb, plt, wbc, anc = c.randint(112, 134), c.randint(2, 14), c.randint(55, 95) / 10, c.randint(22, 60) / 10
    else:
        hb, plt, wbc, anc = c.randint(98, 125), c.randint(120, 310), c.randint(30, 80) / 10, c.randint(12, 45) / 10
    d = dict(hb=hb, plt=plt, wbc=wbc, anc=anc)
    style = style if style is not None else c.randint(0, 2)
    if lang == 'fr':
        if style == 0:
            t = 'Hb %d g/L, plaq %d, GB %s, neutro %s' % (hb, plt, dec(wbc, lang), dec(anc, lang))
        elif style == 1:
            t = 'FSC : Hb %d / plaq. %d x10^9/L / GB %s / NAN %s' % (hb, plt, dec(wbc, lang), dec(anc, lang))
        else:
            t = 'Hb %d, Plq %d, GB %s (NAN %s)' % (hb, plt, dec(wbc, lang), dec(anc, lang))
    else:
        if style == 0:
            t = 'Hb %d, plt %d, WBC %s, ANC %s' % (hb, plt, dec(wbc, lang), dec(anc, lang))
        elif style == 1:
            t = 'CBC: Hb %d g/L / plts %d x10^9/L / WBC %s / ANC %s' % (hb, plt, dec(wbc, lang), dec(anc, lang))
        else:
            t = 'Hgb %d, Plt %d, WBC %s (ANC %s)' % (hb, plt, dec(wbc, lang), dec(anc, lang))
    return t, d


def sexstr(c, sex):
    if c.lang == 'fr':
        return c.choice(['Sexe : %s', 'Sexe: %s', 'sexe %s', 'Sexe %s']) % sex
    return c.choice(['Sex: %s', 'Sex %s', 'sex: %s', 'Sex (M/F): %s']) % sex


def register_nam(m, h, dob_s, sex_s):
    m.nams.append((h, dob_s, sex_s))
    m.ids.append(('nam', h.nam))
    m.add('patient_name', 'date_of_birth', 'ramq_nam')


def demo_line(c, m, ch, with_nam=None, mrn=None, name_style=None, dob_style=None, sep=None):
    """One-line demographics; registers findings on m."""
    lang = c.lang
    ns = name_style or c.choice(['upper', 'full', 'upper', 'full', 'upperfull'])
    ds = dob_style if dob_style is not None else c.choice([0, 0, 1, 2])
    dob_s = fdate(ch.dob, lang, ds)
    sep = sep or c.choice([' — ', ' | ', ', ', ' / '])
    parts = [nm(ch, ns, lang)]
    parts.append(tt(lang, 'DDN ', 'DOB ') + dob_s if c.chance(0.7) else tt(lang, 'né(e) le ', 'born ') + dob_s)
    m.add('patient_name', 'date_of_birth')
    h = ch.holder if with_nam is None else with_nam
    if h is not None:
        sx = sexstr(c, h.sex)
        parts.append(sx)
        parts.append(tt(lang, 'NAM ', 'RAMQ ') + fmt_nam(h.nam, c.choice(NAM_STYLES)))
        register_nam(m, h, dob_s, sx)
    if mrn or (mrn is None and c.chance(0.6)):
        parts.append(tt(lang, c.choice(['dossier ', 'no dossier ', 'NDoss ']), c.choice(['MRN ', 'chart # ', 'MRN: '])) +
                     fmt_mrn(ch.mrn, c.choice(MRN_STYLES)))
        m.add('mrn')
    return sep.join(parts)


def nam_kv(c, m, h, extra=()):
    """Key/value demographics for a NAM holder (for PDFs, DOCX, forms)."""
    lang = c.lang
    dob_s = fdate(h.dob, lang, c.choice([0, 0, 2]))
    sex_s = h.sex
    rows = [(tt(lang, 'Nom :', 'Surname:'), h.surname.upper()), (tt(lang, 'Prénom :', 'Given name:'), h.given),
            (tt(lang, 'Date de naissance :', 'Date of birth:'), dob_s), (tt(lang, 'Sexe :', 'Sex:'), sex_s),
            (tt(lang, "No d'assurance maladie (NAM) :", 'RAMQ health insurance no.:'), fmt_nam(h.nam, c.choice(['plain', 'space', 'space', 'dash'])))]
    register_nam(m, h, dob_s, sex_s)
    return rows + list(extra)


def age_str(c, ch):
    a = age_on(ch.dob, c.today)
    if a < 2:
        mo = (c.today.year - ch.dob.year) * 12 + c.today.month - ch.dob.month
        return tt(c.lang, '%d mois' % mo, '%d-month-old' % mo)
    return tt(c.lang, '%d ans' % a, '%d-year-old' % a)


def he(c, ch):
    if c.lang == 'fr':
        return 'elle' if ch.sex == 'F' else 'il'
    return 'she' if ch.sex == 'F' else 'he'


def his(c, ch):
    if c.lang == 'fr':
        return 'sa'
    return 'her' if ch.sex == 'F' else 'his'


def kid(c, ch):
    if c.lang == 'fr':
        return 'fille' if ch.sex == 'F' else 'garçon'
    return 'girl' if ch.sex == 'F' else 'boy'


def parent_word(c, ch):
    if c.lang == 'fr':
        return ch.parent_rel
    return {'mère': 'mother', 'père': 'father'}[ch.parent_rel]


def dxs(c, ch, short=False):
    return dx_name(ch.dx, c.lang, short)
