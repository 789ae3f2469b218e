"""Small text helpers shared by the templates: greetings, closings, quoting, forwarding."""
from gen_common import fmt_date


def greet(rng, lang, name=None):
    if lang == "fr":
        opts = ["Bonjour,", "Bonjour {n},", "Salut {n},", "Bonjour à tous,", "Allô {n},", "Bon matin,", "{n},"]
    else:
        opts = ["Hi,", "Hi {n},", "Hello {n},", "Good morning,", "Dear {n},", "{n} -", "Hello all,"]
    g = rng.choice(opts)
    if "{n}" in g:
        g = g.format(n=name) if name else ("Bonjour," if lang == "fr" else "Hi,")
    return g


def close(rng, lang):
    if lang == "fr":
        return rng.choice(["Merci !", "Merci beaucoup,", "Bonne journée,", "Cordialement,", "Merci et bonne fin de journée",
                           "Au plaisir,", "Merci de votre collaboration.", ""])
    return rng.choice(["Thanks!", "Thank you,", "Best regards,", "Regards,", "Cheers,", "Many thanks.", ""])


def quote(rng, lang, who, date, text):
    d = fmt_date(date.date(), lang, rng, 1)
    hh = date.strftime("%H:%M")
    if lang == "fr":
        head = rng.choice([f"Le {d} à {hh}, {who[0]} <{who[1]}> a écrit :",
                           f"Le {d}, {who[0]} a écrit :", f"{who[0]} a écrit le {d} à {hh} :"])
    else:
        head = rng.choice([f"On {d} at {hh}, {who[0]} <{who[1]}> wrote:", f"{who[0]} wrote on {d}:"])
    style = rng.random()
    if style < 0.7:
        return head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    # Outlook-style, no ">" markers
    return outlook_block(rng, lang, who, date, None, text)


def outlook_block(rng, lang, who, date, to, text, subject=None):
    d = fmt_date(date.date(), lang, rng, 1)
    if lang == "fr":
        lines = ["-----Message d'origine-----", f"De : {who[0]} <{who[1]}>", f"Envoyé : {d} {date.strftime('%H:%M')}"]
        if to:
            lines.append(f"À : {to}")
        if subject:
            lines.append(f"Objet : {subject}")
    else:
        lines = ["-----Original Message-----", f"From: {who[0]} <{who[1]}>", f"Sent: {d} {date.strftime('%H:%M')}"]
        if to:
            lines.append(f"To: {to}")
        if subject:
            lines.append(f"Subject: {subject}")
    return "\n".join(lines) + "\n\n" + text


def forward_block(rng, lang, who, date, to, subject, text):
    d = fmt_date(date.date(), lang, rng, 1)
    if lang == "fr":
        head = ["---------- Message transféré ----------", f"De : {who[0]} <{who[1]}>", f"Date : {d} {date.strftime('%H:%M')}",
                f"Objet : {subject}", f"À : {to}"]
    else:
        head = ["---------- Forwarded message ---------", f"From: {who[0]} <{who[1]}>", f"Date: {d} {date.strftime('%H:%M')}",
                f"Subject: {subject}", f"To: {to}"]
    return "\n".join(head) + "\n\n" + text


def join(*parts):
    return "\n".join(p for p in parts if p is not None)
