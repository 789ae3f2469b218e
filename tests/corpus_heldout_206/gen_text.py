"""Signatures, disclaimers, quoting and forwarding helpers."""
import email.utils

from gen_common import (ADDR_FR, ADDR_ON, CLINIC_EN, CLINIC_FR, DOM, FAX_ON, FAX_QC, JOURS,
                        DAYS, MOIS, MONTHS, PARTNERS, PHONE_ON, PHONE_QC, STAFF)

DISCLAIMER_FR = ("AVIS DE CONFIDENTIALITÉ : Ce message et ses pièces jointes sont destinés "
                 "exclusivement au destinataire. Si vous l'avez reçu par erreur, veuillez "
                 "en aviser l'expéditeur et le détruire.")
DISCLAIMER_EN = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for "
                 "the addressee. If you received it in error, please notify the sender and "
                 "delete it.")

ONTARIO_STAFF = {'fitz', 'raman'}


def sig(key, lang, rng=None, short=False, disclaimer=None):
    name, local, role_fr, role_en = STAFF[key]
    role = role_fr if lang == 'fr' else role_en
    on = key in ONTARIO_STAFF
    ext = '' if rng is None else (', poste %d' % rng.randint(201, 260) if lang == 'fr'
                                  else ' ext. %d' % rng.randint(201, 260))
    if short:
        out = '-- \n%s\n%s\n' % (name, CLINIC_EN if (on or lang == 'en') else CLINIC_FR)
    else:
        clinic = CLINIC_EN if (on or lang == 'en') else CLINIC_FR
        addr = ADDR_ON if on else ADDR_FR
        ph, fx = (PHONE_ON, FAX_ON) if on else (PHONE_QC, FAX_QC)
        if lang == 'fr':
            tel = 'Tél. : %s%s | Téléc. : %s' % (ph, ext, fx)
        else:
            tel = 'T %s%s | F %s' % (ph, ext, fx)
        out = '-- \n%s\n%s\n%s\n%s\n%s\n%s@%s\n' % (name, role, clinic, addr, tel, local, DOM)
    if disclaimer is None and rng is not None:
        disclaimer = rng.random() < 0.35
    if disclaimer:
        out += '\n' + (DISCLAIMER_FR if lang == 'fr' else DISCLAIMER_EN) + '\n'
    return out


def partner_sig(key, lang, person=None, title=None):
    p = PARTNERS[key]
    who = person or p[2]
    lines = [who]
    if title:
        lines.append(title)
    lines.append(p[0])
    return '\n'.join(lines) + '\n'


def attribution(lang, dt, name, addr, rng):
    if lang == 'fr':
        styles = [
            'Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :' % (
                JOURS[dt.weekday()][:3] + '.', dt.day, MOIS[dt.month - 1], dt.year, dt.hour,
                dt.minute, name, addr),
            'Le %d %s %d à %d h %02d, %s a écrit :' % (dt.day, MOIS[dt.month - 1], dt.year,
                                                       dt.hour, dt.minute, name),
        ]
    else:
        styles = [
            'On %s, %s %d, %d at %d:%02d %s, %s <%s> wrote:' % (
                DAYS[dt.weekday()][:3], MONTHS[dt.month - 1][:3], dt.day, dt.year,
                (dt.hour - 1) % 12 + 1, dt.minute, 'AM' if dt.hour < 12 else 'PM', name, addr),
            'On %s at %02d:%02d, %s wrote:' % (dt.strftime('%Y-%m-%d'), dt.hour, dt.minute, name),
        ]
    return rng.choice(styles)


def quote(text, lang, dt, name, addr, rng):
    lines = text.rstrip('\n').split('\n')
    q = '\n'.join(('> ' + ln) if ln else '>' for ln in lines)
    return attribution(lang, dt, name, addr, rng) + '\n' + q + '\n'


def outlook_quote(text, lang, dt, name, addr, to, subject):
    """Outlook style: header block, no '>' prefixes."""
    if lang == 'fr':
        hdr = ('De : %s <%s>\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s' %
               (name, addr, JOURS[dt.weekday()], dt.day, MOIS[dt.month - 1], dt.year, dt.hour,
                dt.minute, to, subject))
    else:
        hdr = ('From: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s' %
               (name, addr, DAYS[dt.weekday()], MONTHS[dt.month - 1], dt.day, dt.year,
                (dt.hour - 1) % 12 + 1, dt.minute, 'AM' if dt.hour < 12 else 'PM', to, subject))
    return '________________________________\n' + hdr + '\n\n' + text.rstrip('\n') + '\n'


def forward(text, lang, dt, name, addr, to, subject):
    if lang == 'fr':
        head = ('---------- Message transféré ---------\nDe : %s <%s>\nDate : %s\nObjet : %s\n'
                'À : %s\n' % (name, addr, email.utils.format_datetime(dt), subject, to))
    else:
        head = ('---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\n'
                'To: %s\n' % (name, addr, email.utils.format_datetime(dt), subject, to))
    return head + '\n' + text.rstrip('\n') + '\n'


def greet(lang, rng, name=None):
    if lang == 'fr':
        opts = ['Bonjour,', 'Bonjour %s,' % name if name else 'Bonjour,', 'Salut,' if name
                else 'Bonjour à tous,', 'Bonjour %s,' % name if name else 'Bonjour,']
    else:
        opts = ['Hi,', 'Hi %s,' % name if name else 'Hello,', 'Good morning,',
                'Hello %s,' % name if name else 'Hello all,']
    return rng.choice(opts)


def thanks(lang, rng):
    if lang == 'fr':
        return rng.choice(['Merci,', 'Merci et bonne journée,', 'Cordialement,', 'Bonne journée,',
                           'Merci beaucoup,'])
    return rng.choice(['Thanks,', 'Thank you,', 'Best regards,', 'Regards,', 'Many thanks,'])
