"""Greetings, sign-offs, signatures, disclaimers and reply/forward wrappers."""
from gen_common import ORG, ORG_EN, ROLES, phone, role_title


def greet(c, name=None, formal=None):
    if formal is None:
        formal = c.chance(0.5)
    if c.lang == 'fr':
        if name is None:
            return c.pick(['Bonjour,', 'Bonjour à tous,', 'Bonjour à toutes et à tous,', 'Salut,', 'Bonjour !', ''])
        if formal:
            g = c.pick(['Bonjour %s,', 'Bonjour %s,', 'Madame, Monsieur,'])
            return g % name if '%s' in g else g
        return c.pick(['Salut %s,', 'Allo %s,', 'Bonjour %s,', '%s,', 'Hello %s,']) % name
    if name is None:
        return c.pick(['Hi all,', 'Hello,', 'Good morning,', 'Hi team,', 'Hi everyone,', ''])
    if formal:
        return c.pick(['Dear %s,', 'Good morning %s,', 'Hello %s,']) % name
    return c.pick(['Hi %s,', 'Hey %s,', '%s -', 'Morning %s,']) % name


def close(c):
    if c.lang == 'fr':
        return c.pick(['Merci !', 'Merci beaucoup,', 'Bonne journée,', 'Cordialement,', 'Au plaisir,',
                       'Merci et bonne fin de journée', 'Salutations,', 'Bien à vous,', 'Merci à l\'avance,', ''])
    return c.pick(['Thanks!', 'Thank you,', 'Best,', 'Regards,', 'Kind regards,', 'Cheers,', 'Many thanks,',
                   'Thanks in advance,', ''])


def signature(c, s, full=None):
    """Signature block for staff s; clinic phone numbers only."""
    if full is None:
        full = c.chance(0.65)
    fr_t, en_t, sfr, sen, doc = ROLES[s.role]
    fr_t = role_title(s.role, s.sex, 'fr')
    if not full:
        return c.pick(['-- \n' + s.given, s.given, s.display(c.lang), '%s\n%s' % (s.display(c.lang), c.t(fr_t, en_t))])
    org = c.t(ORG, ORG_EN)
    lines = [s.display(c.lang), c.t(fr_t, en_t), c.t(sfr, sen), org]
    if c.chance(0.7):
        lines.append(c.pick(['Pavillon Sainte-Anne, 3e étage', 'Pavillon des Cliniques, local B-412',
                             '1050, boulevard de l\'Université, Montréal (Québec) H3T 0A9',
                             'Pavillon Roger-Gaudry, porte 6']))
    tel = phone(c.rng, '514')
    lines.append(c.t('Tél. : %s, poste %s' % (tel, s.ext), 'Tel: %s ext. %s' % (tel, s.ext)))
    if c.chance(0.4):
        lines.append(c.t('Téléc. : ', 'Fax: ') + phone(c.rng, '514'))
    if c.chance(0.3):
        lines.append(s.email)
    sig = '\n'.join(lines)
    if c.chance(0.3):
        sig = '-- \n' + sig
    if c.chance(0.45):
        sig += '\n\n' + disclaimer(c)
    return sig


def disclaimer(c):
    if c.lang == 'fr':
        return c.pick([
            'AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels ou '
            'privilégiés. Si vous l\'avez reçu par erreur, veuillez en aviser l\'expéditeur et le détruire.',
            'Ce message est destiné uniquement au(x) destinataire(s) indiqué(s) et peut contenir de '
            'l\'information confidentielle. Toute diffusion non autorisée est interdite.',
            'Pensez à l\'environnement avant d\'imprimer ce courriel.',
        ])
    return c.pick([
        'CONFIDENTIALITY NOTICE: This e-mail may contain confidential or privileged information. If you '
        'received it in error, please notify the sender and delete it.',
        'This message is intended only for the named recipient(s) and may contain privileged information.',
        'Please consider the environment before printing this e-mail.',
    ])


def quote_block(c, prev_from, prev_date, prev_body, prev_subject=None, prev_to=None):
    """Quoted history in one of the common styles."""
    style = c.rng.randrange(3)
    if style == 0:
        if c.lang == 'fr':
            head = 'Le %s, %s a écrit :' % (prev_date, prev_from)
        else:
            head = 'On %s, %s wrote:' % (prev_date, prev_from)
        return head + '\n' + '\n'.join(('> ' + x) if x else '>' for x in prev_body.split('\n'))
    if style == 1:
        if c.lang == 'fr':
            head = ['-----Message d\'origine-----', 'De : ' + prev_from, 'Envoyé : ' + prev_date]
            if prev_to:
                head.append('À : ' + prev_to)
            head.append('Objet : ' + (prev_subject or ''))
        else:
            head = ['-----Original Message-----', 'From: ' + prev_from, 'Sent: ' + prev_date]
            if prev_to:
                head.append('To: ' + prev_to)
            head.append('Subject: ' + (prev_subject or ''))
        return '\n'.join(head) + '\n\n' + prev_body
    if c.lang == 'fr':
        head = ['________________________________', 'De : ' + prev_from, 'Envoyé : ' + prev_date]
        if prev_to:
            head.append('À : ' + prev_to)
        head.append('Objet : ' + (prev_subject or ''))
    else:
        head = ['________________________________', 'From: ' + prev_from, 'Sent: ' + prev_date]
        if prev_to:
            head.append('To: ' + prev_to)
        head.append('Subject: ' + (prev_subject or ''))
    return '\n'.join(head) + '\n\n' + prev_body


def forward_block(c, prev_from, prev_date, prev_subject, prev_to, prev_body):
    if c.lang == 'fr':
        head = ['---------- Message transféré ---------', 'De : ' + prev_from, 'Date : ' + prev_date,
                'Objet : ' + prev_subject, 'À : ' + prev_to]
    else:
        head = ['---------- Forwarded message ---------', 'From: ' + prev_from, 'Date: ' + prev_date,
                'Subject: ' + prev_subject, 'To: ' + prev_to]
    return '\n'.join(head) + '\n\n' + prev_body


def when_str(c, dt):
    if c.lang == 'fr':
        from gen_common import JOURS, MOIS
        return '%s %d %s %d %02d:%02d' % (JOURS[dt.weekday()], dt.day, MOIS[dt.month - 1], dt.year, dt.hour, dt.minute)
    from gen_common import DAYS, MONTHS
    return '%s, %s %d, %d %d:%02d %s' % (DAYS[dt.weekday()], MONTHS[dt.month - 1], dt.day, dt.year,
                                        (dt.hour - 1) % 12 + 1, dt.minute, 'AM' if dt.hour < 12 else 'PM')


def join(*blocks):
    return '\n\n'.join(b for b in blocks if b)


def sub(c, fr, en):
    """Subject with optional reply/forward prefix."""
    return c.t(fr, en)
