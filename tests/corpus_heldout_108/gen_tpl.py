"""Small helpers shared by the message templates."""
import gen_ids as I
import gen_people as P


def pname(r, p, lang, style=None):
    """A patient's name in one of the ways people write it."""
    style = style or r.choice(['full', 'full', 'title_sur', 'sur_first', 'caps_first', 'title_full', 'initial',
                               'sur_comma'])
    t = p.title(lang)
    return {
        'full': f'{p.given} {p.surname}',
        'title_sur': f'{t} {p.surname}',
        'title_full': f'{t} {p.given} {p.surname}',
        'sur_first': f'{p.surname} {p.given}',
        'sur_comma': f'{p.surname}, {p.given}',
        'caps_first': f'{p.surname.upper()}, {p.given}',
        'caps': f'{p.surname.upper()} {p.given.upper()}',
        'lower': f'{p.given.lower()} {p.surname.lower()}',
        'lower_sur': f'{p.surname.lower()} {p.given.lower()}',
        'initial': f'{p.given[0]}. {p.surname}',
        'initials_sur': f'{p.given[0]}.{p.given[1] if len(p.given) > 1 and False else ""} {p.surname}',
    }[style]


def nam(r, p, style=None):
    style = style or r.choice(['plain', 'plain', 'plain', 'spaced', 'spaced', 'dash', 'lower', 'dots'])
    return I.fmt_nam(p.nam, style)


def dob(r, p, lang):
    return P.dob_fmt(r, p.dob, lang)


def cap(s):
    """Upper-case the first letter only (keeps 'anti-PR3+', 'HLA-B27+')."""
    return s[:1].upper() + s[1:]


def de(dx):
    """French 'de' with elision: 'd'arthrite', 'de lupus'."""
    return ("d'" if dx[:1].lower() in 'aeiouyhéèêàâîô' else 'de ') + dx


def sex_word(p, lang):
    if lang == 'fr':
        return 'F' if p.sex == 'F' else 'M'
    return 'F' if p.sex == 'F' else 'M'


def ne(p):
    """French agreement: 'né' / 'née'."""
    return 'née' if p.sex == 'F' else 'né'


def pron(p, lang, case='subj'):
    if lang == 'fr':
        return {'subj': 'elle' if p.sex == 'F' else 'il', 'obj': 'la' if p.sex == 'F' else 'le',
                'Subj': 'Elle' if p.sex == 'F' else 'Il'}[case]
    return {'subj': 'she' if p.sex == 'F' else 'he', 'obj': 'her' if p.sex == 'F' else 'him',
            'pos': 'her' if p.sex == 'F' else 'his', 'Subj': 'She' if p.sex == 'F' else 'He',
            'Pos': 'Her' if p.sex == 'F' else 'His'}[case]


def patiente(p):
    return 'patiente' if p.sex == 'F' else 'patient'


def la_patiente(p):
    return 'la patiente' if p.sex == 'F' else 'le patient'


def quote(r, lang, who, when, to, subject, text, style=None):
    """A quoted earlier message as mail clients lay it out."""
    style = style or r.choice(['gt', 'outlook', 'outlook', 'gt'])
    whoname, whoaddr = who
    if style == 'gt':
        if lang == 'fr':
            head = f'Le {P.fr_date(when.date())} à {when.strftime("%H:%M")}, {whoname} <{whoaddr}> a écrit :'
        else:
            head = f'On {P.en_date(when.date(), True)} at {when.strftime("%I:%M %p").lstrip("0")}, {whoname} <{whoaddr}> wrote:'
        body = '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))
        return f'{head}\n{body}'
    if lang == 'fr':
        head = (f"-----Message d'origine-----\nDe : {whoname} <{whoaddr}>\n"
                f"Envoyé : {P.fr_date(when.date(), True)} {when.strftime('%H:%M')}\nÀ : {to}\nObjet : {subject}")
    else:
        head = (f"-----Original Message-----\nFrom: {whoname} <{whoaddr}>\n"
                f"Sent: {P.en_date(when.date(), True)} {when.strftime('%I:%M %p').lstrip('0')}\nTo: {to}\nSubject: {subject}")
    return f'{head}\n\n{text}'


def fwd_block(lang, who, when, to, subject, text):
    if lang == 'fr':
        head = (f'---------- Message transféré ---------\nDe : {who[0]} <{who[1]}>\n'
                f'Date : {P.fr_date(when.date(), True)} à {when.strftime("%H:%M")}\nObjet : {subject}\nÀ : {to}')
    else:
        head = (f'---------- Forwarded message ---------\nFrom: {who[0]} <{who[1]}>\n'
                f'Date: {P.en_date(when.date(), True)} at {when.strftime("%I:%M %p").lstrip("0")}\nSubject: {subject}\nTo: {to}')
    return f'{head}\n\n{text}'


def join(*parts):
    return '\n\n'.join(p for p in parts if p)


def earlier(ctx, hours_lo=2, hours_hi=72):
    import datetime
    return ctx.date - datetime.timedelta(hours=ctx.r.randint(hours_lo, hours_hi), minutes=ctx.r.randint(0, 59))


def letterhead(lang):
    return [P.CLINIC[lang], P.CLINIC['addr'] + '  |  ' + ('Tél. ' if lang == 'fr' else 'Tel. ') + P.CLINIC['tel'] +
            ('  |  Téléc. ' if lang == 'fr' else '  |  Fax ') + P.CLINIC['fax']]
