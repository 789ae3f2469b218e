"""Turn some finished messages into replies or inline forwards of themselves, as happens in real mail:
the original content stays, quoted below a short new message, so the labels do not change."""
import datetime as dt

from gen_common import L, pick, quote, forward

REPLIES = {
    'fr': ['Reçu, merci.', 'Merci, je regarde ça aujourd\'hui.', 'C\'est noté.', 'Parfait, merci!', 'Je m\'en occupe.',
           'Merci pour le suivi.', 'Bien reçu, je te reviens demain.'],
    'en': ['Got it, thanks.', 'Thanks - will look at it today.', 'Noted.', 'Perfect, thank you!', 'On it.',
           'Thanks for the heads-up.', 'Received, will get back to you tomorrow.'],
}
FWD = {
    'fr': ['Pour info.', 'Pour ton information, voir plus bas.', 'Peux-tu t\'en occuper?', 'FYI - à classer.'],
    'en': ['FYI.', 'See below.', 'Can you take care of this?', 'For your files.'],
}


def maybe_wrap(spec, ctx, rng, when):
    """Return the kind of wrap applied ('reply', 'forward' or None)."""
    if spec.atts or spec.flags or spec.html:
        return None
    first = spec.to[0] if spec.to else None
    if not first or 'given' not in first or 'given' not in spec.sender:
        return None
    r = rng.random()
    lang = spec.lang
    before = when - dt.timedelta(minutes=rng.randint(25, 2400))
    if r < 0.16:
        st = pick(rng, ['gmail', 'outlook'])
        q = quote(spec.text, lang, spec.sender, before, st).replace('%SUBJ%', spec.subject)
        orig_sender = spec.sender
        spec.sender = first
        spec.to = [orig_sender] + spec.to[1:]
        spec.subject = pick(rng, ['RE: ', 'Re: ', 'RE : '] if lang == 'fr' else ['RE: ', 'Re: ']) + spec.subject
        spec.text = '%s\n\n%s\n\n%s' % (pick(rng, REPLIES[lang]), first['given'], q)
        spec.flags.append('reply')
        return 'reply'
    if r < 0.24:
        target = ctx.staff(lang, pick(rng, ['clerk', 'nurse', 'audio', 'manager']))
        if target['email'] == first['email']:
            return None
        f = forward(spec.text, lang, spec.sender, first, before, spec.subject)
        spec.sender = first
        spec.to = [target]
        spec.cc = []
        spec.subject = pick(rng, ['TR: ', 'Fwd: ', 'TR : '] if lang == 'fr' else ['FW: ', 'Fwd: ']) + spec.subject
        spec.text = '%s\n\n%s\n\n%s' % (pick(rng, FWD[lang]), first['given'], f)
        spec.flags.append('forward')
        return 'forward'
    return None
