"""Small helpers shared by the message templates."""
import datetime

from gen_body import signature
from gen_common import DOM, EXTERNAL, PHARMACIES, SERVICES, STAFF, staff_of

EXT_MD = [("Josianne", "Fafard", "F"), ("Alain", "Pichette", "M"), ("Mei Lin", "Zhou", "F"),
          ("Kevin", "O'Brien", "M"), ("Roxanne", "Labrecque", "F"), ("Samuel", "Morneau", "M"),
          ("Farah", "Nasser", "F"), ("Étienne", "Lussier", "M")]
FAMILY_DOMS = ["courriel.example", "videotron-mail.example", "boitemail.example", "sympatico-mail.example"]


def box(svc, lang):
    s = SERVICES[svc]
    return (s[lang], f"{s['box']}@{DOM}")


def who(st):
    return (st.name(), st.email)


def pick_staff(rng, service=None, md=None, exclude=()):
    pool = [s for s in staff_of(service, md) if s not in exclude]
    return rng.pick(pool or STAFF)


def ext_md(rng, lang):
    idx = rng.randrange(len(EXT_MD))
    g, s, sex = EXT_MD[idx]
    clinic, dom, tel = EXTERNAL[idx % len(EXTERNAL)]
    title = ("Dre" if sex == 'F' else "Dr") if lang == 'fr' else "Dr."
    email = f"{g.lower().replace(' ', '')[0]}{s.lower().replace(chr(39), '')}@{dom}"
    email = email.replace('é', 'e').replace('è', 'e')
    return dict(name=f"{g} {s}", titled=f"{title} {g} {s}", email=email, clinic=clinic, tel=tel,
                sig=[f"{title} {g} {s}", clinic if lang == 'fr' else f"{clinic} (family medicine)",
                     f"Tél. {tel}" if lang == 'fr' else f"Tel. {tel}"])


def pharmacy(rng):
    name, dom, tel, fax = rng.pick(PHARMACIES)
    return dict(name=name, email=f"ordonnances@{dom}", tel=tel, fax=fax)


def family_addr(rng, given, surname):
    loc = (given.split(' ')[0][0] + '.' + surname).lower().replace("'", '').replace(' ', '')
    for a, b in (('é', 'e'), ('è', 'e'), ('ê', 'e'), ('ô', 'o'), ('ç', 'c'), ('ë', 'e')):
        loc = loc.replace(a, b)
    return f"{loc}{rng.randrange(10, 99)}@{rng.pick(FAMILY_DOMS)}"


def hello(rng, lang, name=None):
    if lang == 'fr':
        return rng.pick([f"Bonjour {name}," if name else "Bonjour,", "Bonjour à tous,", f"Salut {name}," if name else "Salut,",
                         "Bonjour à l'équipe,"] if name else ["Bonjour,", "Bonjour à tous,", "Bonjour à l'équipe,"])
    return rng.pick([f"Hi {name}," if name else "Hi,", f"Hello {name}," if name else "Hello,", "Good morning,",
                     "Hi all,"])


def bye(rng, lang):
    if lang == 'fr':
        return rng.pick(["Merci!", "Merci et bonne journée.", "Bonne journée,", "Cordialement,", "Merci de votre collaboration.", "Au plaisir,"])
    return rng.pick(["Thanks!", "Thank you,", "Best regards,", "Regards,", "Many thanks,", "Cheers,"])


def sig(rng, st, lang, disclaimer=None):
    return signature(rng, st, lang, disclaimer)


def first_name(st):
    return st.given


def future(d, lo=3, hi=40, weekday=True):
    day = d.when.date() + datetime.timedelta(days=d.rng.randrange(lo, hi))
    while weekday and day.weekday() >= 5:
        day += datetime.timedelta(days=1)
    return day


def past(d, lo=1, hi=30):
    return d.when.date() - datetime.timedelta(days=d.rng.randrange(lo, hi))


def hhmm(rng, lang):
    h = rng.pick([8, 9, 10, 11, 13, 14, 15])
    m = rng.pick([0, 15, 30, 45])
    return f"{h} h {m:02d}" if lang == 'fr' else f"{h if h <= 12 else h - 12}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}"


def ascii_fname(s):
    import unicodedata
    s = ''.join(ch for ch in unicodedata.normalize('NFD', s) if unicodedata.category(ch) != 'Mn')
    return s.replace(' ', '_').replace("'", '')
