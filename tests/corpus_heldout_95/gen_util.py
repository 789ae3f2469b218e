"""Small writing helpers shared by the scenario modules."""
import datetime as dt

from gen_common import d_lang, wd

START = dt.date(2024, 10, 1)
END = dt.date(2025, 5, 30)


def msg_dt(ctx):
    d = ctx.date_between(START, END)
    while d.weekday() >= 5 and ctx.chance(0.85):
        d += dt.timedelta(days=1)
    return dt.datetime(d.year, d.month, d.day, ctx.randint(7, 18), ctx.randint(0, 59), ctx.randint(0, 59))


def later(ctx, base, lo=1, hi=30, weekday=True):
    d = (base.date() if isinstance(base, dt.datetime) else base) + dt.timedelta(days=ctx.randint(lo, hi))
    if weekday:
        while d.weekday() >= 5:
            d += dt.timedelta(days=1)
    return d


def earlier(ctx, base, lo=1, hi=30):
    return (base.date() if isinstance(base, dt.datetime) else base) - dt.timedelta(days=ctx.randint(lo, hi))


def hhmm(ctx, lang, lo=7, hi=16):
    h, m = ctx.randint(lo, hi), ctx.pick([0, 15, 30, 45])
    if lang == "fr":
        return ctx.pick(["%dh%02d" % (h, m), "%d h %02d" % (h, m), "%02d:%02d" % (h, m)])
    return ctx.pick(["%d:%02d" % (h, m), "%d:%02d %s" % (h if h <= 12 else h - 12, m, "am" if h < 12 else "pm")])


def greet(ctx, lang, who=None):
    if lang == "fr":
        if who:
            return ctx.pick(["Bonjour %s," % who, "Bonjour %s," % who, "Allo %s," % who, "Salut %s," % who,
                             "Bonjour %s !" % who])
        return ctx.pick(["Bonjour,", "Bonjour,", "Bonjour à tous,", "Allo,", "Bon matin,"])
    if who:
        return ctx.pick(["Hi %s," % who, "Hello %s," % who, "Dear %s," % who, "Good morning %s," % who])
    return ctx.pick(["Hi,", "Hello,", "Hi all,", "Good afternoon,"])


def bye(ctx, lang):
    if lang == "fr":
        return ctx.pick(["Merci !", "Merci beaucoup,", "Bonne journée,", "Cordialement,", "Merci et bonne fin de journée,",
                         "Au plaisir,", "Salutations,"])
    return ctx.pick(["Thanks,", "Thank you,", "Best regards,", "Regards,", "Cheers,", "Many thanks,"])


def sign(ctx, st, lang, style=None):
    return st.signature(ctx, lang, style)


def when(d, lang, style=0):
    return "%s %s" % (wd(d, lang), d_lang(d, lang, style))


def fwd_header(ctx, lang, sender, date, to, subject):
    """Inline forward header block, Outlook or Gmail style."""
    name, addr = sender
    if lang == "fr":
        if ctx.chance(0.5):
            return ("-------- Message transféré --------\nDe : %s <%s>\nDate : %s\nÀ : %s\nObjet : %s\n"
                    % (name, addr, d_lang(date, "fr", 0) + " %02d:%02d" % (date.hour, date.minute), to, subject))
        return ("De : %s <%s>\nEnvoyé : %s\nÀ : %s\nObjet : %s\n"
                % (name, addr, when(date, "fr") + " %02d:%02d" % (date.hour, date.minute), to, subject))
    if ctx.chance(0.5):
        return ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s\n"
                % (name, addr, d_lang(date, "en", 0) + " at %d:%02d" % (date.hour, date.minute), subject, to))
    return ("From: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n"
            % (name, addr, when(date, "en") + " %d:%02d" % (date.hour, date.minute), to, subject))


def quote_intro(ctx, lang, name, date):
    if lang == "fr":
        return ctx.pick(["Le %s à %02d:%02d, %s a écrit :" % (d_lang(date, "fr", 0), date.hour, date.minute, name),
                         "Le %s %02d h %02d, %s a écrit :" % (d_lang(date, "fr", 2), date.hour, date.minute, name)])
    return "On %s at %d:%02d, %s wrote:" % (when(date, "en"), date.hour, date.minute, name)


class Types:
    def __init__(self):
        self.s = []

    def add(self, *ts):
        for t in ts:
            if t not in self.s:
                self.s.append(t)

    def list(self):
        order = ["ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn", "date_of_birth",
                 "patient_name", "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]
        return [t for t in order if t in self.s]


def result(category, mail, types, note):
    return {"category": category, "mail": mail, "types": types.list() if isinstance(types, Types) else list(types),
            "note": note}
