"""Small writing helpers shared by the scenario modules."""
import gen_people as P


def greet(ctx, st=None, informal=False):
    rng = ctx.rng
    if st is None:
        return rng.choice(ctx.L(['Bonjour,', 'Bonjour à tous,', 'Allo,', 'Bonjour,\n'],
                                ['Hi,', 'Hello,', 'Hi all,', 'Good morning,']))
    given = st.given if hasattr(st, 'given') else st
    if informal:
        return rng.choice(ctx.L(['Salut %s,', 'Allo %s,', '%s,', 'Hello %s,'], ['Hi %s,', 'Hey %s,', '%s -', 'Morning %s,'])) % given
    if getattr(st, 'title', '') in ('Dr', 'Dre'):
        return rng.choice(ctx.L(['Bonjour Dr%s %s,' % ('e' if st.title == 'Dre' else '', st.surname),
                                 'Bonjour %s,' % given, 'Chère collègue,' if st.title == 'Dre' else 'Cher collègue,'],
                                ['Dear Dr. %s,' % st.surname, 'Hi %s,' % given, 'Good afternoon Dr. %s,' % st.surname]))
    return rng.choice(ctx.L(['Bonjour %s,', 'Bonjour %s,', 'Allo %s,'], ['Hi %s,', 'Hello %s,', 'Good morning %s,'])) % given


def bye(ctx, st, short=None):
    rng = ctx.rng
    short = rng.random() < 0.4 if short is None else short
    closing = rng.choice(ctx.L(['Merci,', 'Merci beaucoup,', 'Bonne journée,', 'Cordialement,', 'Merci!', ''],
                               ['Thanks,', 'Thank you,', 'Best,', 'Regards,', 'Thanks!', '']))
    sig = P.signature(st, ctx.lang, short=short)
    if rng.random() < 0.15:
        sig = st.given
    return (closing + '\n' if closing else '') + sig


def sex_word(ctx, p):
    return ctx.sex(p, ctx.rng.choice(['letter', 'word']))


def ident(ctx, p, layout=None, dob=None, mrn=None, name_style=None, name=True):
    """Identity of a patient in one of several layouts; a NAM holder always comes with
    name, birth date, sex and NAM."""
    rng = ctx.rng
    if p.nam and name_style not in P.NAME_STYLES_FULL:
        name_style = None
    layout = layout or rng.choice(['fields', 'inline', 'compact'])
    want_dob = True if p.nam else (dob if dob is not None else rng.random() < 0.6)
    want_mrn = mrn if mrn is not None else rng.random() < 0.55
    items = []
    nm = ctx.name(p, name_style) if name or p.nam else None
    if want_dob:
        items.append((ctx.L('Date de naissance', 'Date of birth'), ctx.L('DDN', 'DOB'), ctx.dob(p)))
    if p.nam:
        items.append((ctx.L('Sexe', 'Sex'), ctx.L('sexe', 'sex'), ctx.sex(p, 'letter')))
        items.append(('NAM', rng.choice(['NAM', 'RAMQ']), ctx.nam(p)))
    if p.ohip:
        items.append((ctx.L('No carte santé Ontario', 'Ontario health card'), 'OHIP', ctx.ohip(p)))
    if p.niss:
        items.append((ctx.L('NISS (Belgique)', 'Belgian NISS'), 'NISS', ctx.niss(p)))
    if p.nir:
        items.append((ctx.L('NIR (sécurité sociale FR)', 'French NIR'), ctx.L('NIR', 'NIR'), ctx.nir(p)))
    if want_mrn or not (nm or items):
        items.append((ctx.L('No de dossier', 'Chart no.'), rng.choice(ctx.L(['dossier', 'dos.', 'no dossier'],
                                                                         ['MRN', 'chart', 'chart #'])), ctx.mrn(p)))
    if layout == 'compact' and not nm:
        layout = 'inline'
    if layout == 'fields':
        lines = []
        if nm:
            lines.append('%s : %s' % (ctx.L('Nom', 'Name'), nm) if ctx.fr else 'Name: %s' % nm)
        for long, _, v in items:
            lines.append(('%s : %s' if ctx.fr else '%s: %s') % (long, v))
        return '\n'.join(lines)
    if layout == 'inline':
        inner = ', '.join('%s %s' % (short, v) for _, short, v in items)
        return '%s (%s)' % (nm, inner) if nm and inner else (nm or inner)
    vals = [v for _, _, v in items]
    return ' | '.join(([nm] if nm else []) + vals)


def nam_triplet(ctx, p):
    """Inline 'DOB, sex, NAM' for a NAM holder (name written elsewhere)."""
    return '%s %s, %s, NAM %s' % (ctx.L('né(e) le', 'born'), ctx.dob(p), ctx.sex(p, 'letter'), ctx.nam(p))


def fn_name(ctx, p, style=None):
    """Patient name as written in an attachment's file name (marks patient_name)."""
    style = style or ctx.rng.choice(['sur', 'sur_giv', 'SUR_G', 'giv_sur'])
    sur = p.surname.replace(' ', '').replace("'", '')
    forms = {'sur': sur, 'sur_giv': '%s_%s' % (sur, p.given), 'SUR_G': '%s_%s' % (sur.upper(), p.given[0]),
             'giv_sur': '%s-%s' % (p.given, sur)}
    text = forms[style]
    ctx.mark('patient_name')
    ctx.must.append(text)
    return text


def fname_part(s):
    """A surname as people write it in file names."""
    return s.replace(' ', '_').replace("'", '')


def pick(rng, *options):
    """Choose one option; callables are evaluated only when chosen (so nothing unused is marked)."""
    o = rng.choice(options)
    return o() if callable(o) else o
