"""Small helpers shared by the message templates."""
import gen_common as C
import gen_people as P


def pair(s):
    return (s.display, s.email)


def ext_pair(given, sur, dom):
    return ("%s %s" % (given, sur), C.email_of(given, sur, dom))


def sign(d, s):
    return ("p", P.signature(s, d.rng, d.lang))


def hello(d, s=None, formal=False):
    r = d.rng
    if d.lang == "fr":
        if s is None:
            return r.choice(["Bonjour,", "Bonjour à tous,", "Bonjour à toutes et à tous,", "Salut,"])
        if formal:
            return "Bonjour %s %s," % ("Madame" if s.given in P.FEMALE_GIVEN else "Monsieur", s.sur)
        return r.choice(["Bonjour %s,", "Salut %s,", "%s,", "Bonjour %s !"]) % s.given
    if s is None:
        return r.choice(["Hi all,", "Hello everyone,", "Good morning,", "Hi team,"])
    if formal:
        return "Dear %s %s," % ("Ms." if s.given in P.FEMALE_GIVEN else "Mr.", s.sur)
    return r.choice(["Hi %s,", "Hello %s,", "%s -", "Morning %s,"]) % s.given


def thanks(d):
    if d.lang == "fr":
        return d.rng.choice(["Merci!", "Merci beaucoup,", "Merci de votre collaboration.", "Bonne journée,",
                             "Au plaisir,", "Merci et bonne fin de journée."])
    return d.rng.choice(["Thanks,", "Thank you,", "Many thanks,", "Best,", "Regards,", "Cheers,"])


def room(d):
    return "%d%02d%s" % (d.rng.randrange(2, 8), d.rng.randrange(1, 40), d.rng.choice(["", "", "-1", "-2", "A", "B"]))


def reply_prefix(d):
    if d.lang == "fr":
        return d.rng.choice(["RE : ", "RE: ", "Re : ", "TR : ", "TR: ", "Fwd: "])
    return d.rng.choice(["RE: ", "Re: ", "FW: ", "Fwd: "])


def quote_header(d, who, when):
    if d.lang == "fr":
        return "Le %s %d %s %d à %02d h %02d, %s <%s> a écrit :" % (
            C.weekday_fr(when), when.day, C.MOIS[when.month - 1], when.year, when.hour, when.minute,
            who.display, who.email)
    return "On %s, %s %d, %d at %d:%02d %s, %s <%s> wrote:" % (
        C.DAYS[when.weekday()][:3], C.MONTHS[when.month - 1][:3], when.day, when.year,
        (when.hour - 1) % 12 + 1, when.minute, "AM" if when.hour < 12 else "PM", who.display, who.email)


def outlook_fwd(d, who, to, when, subject):
    if d.lang == "fr":
        return ("-----Message d'origine-----\nDe : %s <%s>\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s"
                % (who.display, who.email, C.weekday_fr(when), when.day, C.MOIS[when.month - 1], when.year,
                   when.hour, when.minute, to.display, subject))
    return ("-----Original Message-----\nFrom: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s"
            % (who.display, who.email, C.DAYS[when.weekday()], C.MONTHS[when.month - 1], when.day, when.year,
               (when.hour - 1) % 12 + 1, when.minute, "AM" if when.hour < 12 else "PM", to.display, subject))


def letterhead(d, s, service):
    code, site_fr, site_en, addr, tel = s.site
    if d.lang == "fr":
        return [C.ORG_FR, C.SERVICES_FR[service], site_fr, addr, "Téléphone : " + tel]
    return [C.ORG_EN, C.SERVICES_EN[service], site_en, addr, "Telephone: " + tel]


def file_no(d, prefix=None):
    y = d.when.year
    return "%s-%d-%04d" % (prefix or d.rng.choice(["PL", "CPQS", "DOS"]), y, d.rng.randrange(100, 2400))


def fdate(d, dt, style="long"):
    return C.fmt_date(dt.date() if hasattr(dt, "date") else dt, style, d.lang)
