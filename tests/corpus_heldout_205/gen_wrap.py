"""Turn a finished message into a reply (quoted) or a forward, as people do."""
import datetime

import gen_common as C
from gen_mime import Mail, html_to_text

TD = datetime.timedelta

REPLY_FR = ["Merci, c'est noté.", "Reçu, je m'en occupe ce matin.", "Parfait, merci!", "Ok, je fais le suivi et je te reviens.",
            "Bien reçu. On en parle au caucus."]
REPLY_EN = ["Thanks, noted.", "Got it - I'll take care of it this morning.", "Perfect, thanks!", "OK, will follow up and get back to you.",
            "Received. Let's discuss at huddle."]
FWD_FR = ["Pour ton information.", "Peux-tu t'en occuper? Merci.", "FYI - à discuter demain.", "Pour suivi svp.", "Voir ci-dessous."]
FWD_EN = ["FYI.", "Can you take this one? Thanks.", "For follow-up please.", "See below - let's discuss tomorrow.", "Forwarding for your records."]


def _hosp(addr):
    return addr.endswith("@" + C.DOM)


def _who(pair):
    return {"name": pair[0] or pair[1], "addr": pair[1]}


def wrap(mail, ctx, kind):
    """Return a new Mail or None when the wrapping would not be natural."""
    rng = ctx.rng
    lang = mail.lang
    body = mail.text if mail.text is not None else html_to_text(mail.html)
    when = mail.date + TD(minutes=rng.randint(7, 600))
    if kind == "reply":
        if mail.atts or not (_hosp(mail.sender[1]) and _hosp(mail.to[0][1])):
            return None
        replier = mail.to[0]
        first = replier[0].split(" ")[0] if replier[0] else ""
        line = rng.choice(REPLY_FR if lang == "fr" else REPLY_EN)
        text = "%s\n\n%s\n\n%s\n%s\n" % (line, first, ctx.reply_header(lang, _who(mail.sender), mail.date), ctx.quote(body))
        subj = ("RE : " if lang == "fr" and rng.random() < 0.5 else "RE: ") + mail.subject
        new = Mail(lang, mail.category, mail.note, subj, replier, [mail.sender], text=text, date=when,
                   headers=["In-Reply-To: <%x@%s>" % (rng.getrandbits(40), C.DOM)])
    else:
        staff = C.STAFF_FR if lang == "fr" else C.STAFF_EN
        cands = [s for s in staff if "Télévigie" not in s[2] and "Brightcuff" not in s[2]]
        if _hosp(mail.sender[1]):
            fwd = mail.sender
        else:
            g, s, _ = rng.choice(cands)
            fwd = ("%s %s" % (g, s), C.staff_addr(g, s))
        while True:
            g, s, _ = rng.choice(cands)
            to = ("%s %s" % (g, s), C.staff_addr(g, s))
            if to[1] != fwd[1]:
                break
        line = rng.choice(FWD_FR if lang == "fr" else FWD_EN)
        to_line = ", ".join(t[0] or t[1] for t in mail.to)
        text = "%s\n\n%s\n\n%s\n%s\n" % (line, fwd[0].split(" ")[0], ctx.fwd_block(lang, mail.sender, to_line, mail.date, mail.subject), body)
        subj = ("TR: " if lang == "fr" else rng.choice(["Fwd: ", "FW: "])) + mail.subject
        new = Mail(lang, mail.category, mail.note, subj, fwd, [to], text=text, date=when, atts=mail.atts)
    new.types = mail.types
    new.ids = mail.ids
    new.nams = mail.nams
    new.names = mail.names
    new.note = mail.note + (" (réponse citant le message)" if lang == "fr" and kind == "reply" else
                            " (transféré)" if lang == "fr" else " (quoted in a reply)" if kind == "reply" else " (forwarded)")
    return new
