"""Positive builders, part B: bed boards, hand-over lists, subject-only and file-name-only leaks,
patients' own mail, out-of-province and foreign identifiers."""
import datetime

from gen_common import (ORGS, pick, chance, staff, address, phone_fmt, make_mrn, fmt_date, hhmm,
                        make_ohip, fmt_ohip, make_nir, fmt_nir, make_niss, fmt_niss, make_sin, fmt_sin,
                        disguise_digits)
from gen_mime import Mail, Att
from gen_attach import make_pdf, make_docx, make_xlsx
from gen_text import (greet, close, signature, compose, case, vitals, call_no, time_at, quote,
                      quote_header, dec, CASES)
from gen_people import pname, nam_str, dob_str, age_str, sender, team, ascii_fn


def _bed_rows(ctx, n, with_social):
    L = ctx.T
    units = pick(ctx.rng, [['4N', '4S'], ['6O', '6E'], ['URG', 'UHB'], ['SI', 'USIC'], ['MED', 'CHIR']])
    statuses = [L('NSA - attente CHSLD', 'ALC - awaiting LTC'), L('Congé prévu AM', 'Discharge planned AM'),
                L('Transfert CHU demandé', 'Transfer to CHU requested'), L('Stable', 'Stable'),
                L('Isolement C. difficile', 'C. diff isolation'), L('Attente lit télémétrie', 'Waiting for tele bed')]
    socials = [L('vit seul, proche aidant épuisé', 'lives alone, caregiver burnout'),
               L('sans domicile fixe', 'no fixed address'),
               L('signalement DPJ en cours', 'child protection report filed'),
               L('curatelle publique', 'public curator'),
               L('violence conjugale - ne pas divulguer la présence', 'IPV - do not disclose presence')]
    rows = []
    for i in range(n):
        c = pick(ctx.rng, CASES)
        p = ctx.pool.invented(ctx.rng, *c['age'], when=ctx.day)
        st = pick(ctx.rng, statuses)
        soc = pick(ctx.rng, socials) if (with_social and chance(ctx.rng, 0.35)) else ''
        rows.append(['%s-%02d%s' % (pick(ctx.rng, units), ctx.rng.randrange(1, 40), pick(ctx.rng, ['', 'A', 'B'])),
                     '%s, %s' % (p.surname.upper(), p.given), p.age(ctx.day), make_mrn(ctx.rng, 0),
                     c[ctx.lang]['dx'], st, soc])
    return rows


# ------------------------------------------------------------------ 11. bed board spreadsheet
def bed_board_xlsx(ctx):
    L = ctx.T
    me, frm = sender(ctx, 'hvn')
    n = ctx.rng.randrange(7, 15)
    with_social = ctx.chance(0.6)
    rows = _bed_rows(ctx, n, with_social)
    head = [L('Lit', 'Bed'), L('Patient', 'Patient'), L('Âge', 'Age'), L('No dossier', 'MRN'), L('Diagnostic', 'Diagnosis'),
            L('Statut', 'Status'), L('Notes sociales', 'Social notes')]
    types = {'patient_name', 'mrn', 'diagnosis'}
    if with_social and any(r[6] for r in rows):
        types.add('social_information')
    else:
        for r in rows:
            r[6] = ''
    stats = [[L('Indicateur', 'Indicator'), L('Valeur', 'Value')], [L('Civières occupées', 'Stretchers occupied'), ctx.rng.randrange(20, 45)],
             [L('Patients > 24 h', 'Patients > 24 h'), ctx.rng.randrange(3, 19)], [L('Taux d\'occupation', 'Occupancy'), '%d %%' % ctx.rng.randrange(95, 160)]]
    x = make_xlsx([(L('Tableau des lits', 'Bed board'), [head] + rows), (L('Indicateurs', 'Indicators'), stats)], author='%s %s' % me)
    fn = L(pick(ctx.rng, ['Tableau_lits_%s.xlsx', 'Gestion_des_lits_%s.xlsx', 'Caucus_fluidité_%s.xlsx']), pick(ctx.rng, ['bed_board_%s.xlsx', 'Flow_huddle_%s.xlsx'])) % ctx.day.strftime('%Y%m%d')
    paras = [pick(ctx.rng, [L('Voici le tableau des lits pour le caucus de 8h15.', 'Bed board for the 08:15 huddle attached.'),
                            L('Mise à jour du tableau de gestion des lits (version 14h).', 'Updated bed management board (2 pm version).')]),
             L('Priorité : libérer 3 lits en médecine pour les civières de l\'urgence.', 'Priority: free 3 medicine beds for ED stretchers.')]
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, L('Coordonnatrice de la gestion des lits', 'Patient flow coordinator'), 'hvn'))
    to = [team(ctx, 'hvn', 'Chefs d\'unité médecine', 'Medicine unit managers', 'chefs.medecine'),
          team(ctx, 'hvn', 'Urgence - AIC', 'ED charge nurse', 'aic.urgence')]
    m = Mail(ctx.lang, pick(ctx.rng, [L('Caucus lits %s', 'Bed huddle %s'), L('Tableau des lits %s', 'Bed board %s')]) % ctx.day.strftime('%d/%m'),
             frm, to, text, atts=[Att(fn, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data=x)],
             types=types, note='bed management spreadsheet with named patients, MRN, diagnoses')
    m.must = [rows[0][1].split(',')[0]]
    return m


# ------------------------------------------------------------------ 12. bed board as an HTML table
def bed_board_html(ctx):
    L = ctx.T
    me, frm = sender(ctx, 'corti')
    rows = _bed_rows(ctx, ctx.rng.randrange(4, 9), False)
    head = [L('Lit', 'Bed'), L('Patient', 'Patient'), L('Âge', 'Age'), L('No dossier', 'MRN'), L('Diagnostic', 'Diagnosis'), L('Statut', 'Status')]
    cells = lambda r, tag: ''.join('<%s style="border:1px solid #999;padding:2px 6px">%s</%s>' % (tag, v, tag) for v in r)
    html = ['<html><body style="font-family:Arial,sans-serif;font-size:10pt">',
            '<p>%s</p>' % L('Bonjour, voici les patients en attente de transfert vers les centres receveurs :',
                            'Hello, patients currently waiting for transfer to receiving centres:'),
            '<table style="border-collapse:collapse">', '<tr>' + cells(head, 'th') + '</tr>']
    for r in rows:
        html.append('<tr>' + cells(r[:6], 'td') + '</tr>')
    html += ['</table>', '<p>%s</p>' % L('Merci de confirmer les lits disponibles avant 11h.', 'Please confirm available beds by 11:00.'),
             '<p>%s %s<br>CORTI</p>' % me, '</body></html>']
    text = '\n'.join(['\t'.join(str(v) for v in r[:6]) for r in [head] + rows])
    m = Mail(ctx.lang, L('Patients en attente de transfert', 'Patients awaiting transfer'), frm,
             [team(ctx, 'chul', 'Gestion des lits CHU', 'CHU bed management', 'gestion.lits')],
             L('Patients en attente de transfert :\n\n', 'Patients awaiting transfer:\n\n') + text + '\n',
             html='\n'.join(html) + '\n', types={'patient_name', 'mrn', 'diagnosis'},
             form=pick(ctx.rng, ['html', 'alt']), note='HTML table of patients waiting for transfer')
    m.must = [rows[0][1].split(',')[0]]
    return m


# ------------------------------------------------------------------ 13. ED hand-over / sign-out list
def ed_handover_list(ctx):
    L = ctx.T
    me, frm = sender(ctx, 'hsc')
    nxt = staff(ctx.rng, exclude=[me])
    lines = []
    types = {'patient_name', 'diagnosis'}
    first = None
    beds = ctx.rng.sample(range(1, 30), 8)
    for i in range(ctx.rng.randrange(4, 8)):
        c = pick(ctx.rng, CASES)
        p = ctx.pool.invented(ctx.rng, *c['age'], when=ctx.day)
        first = first or p.surname
        cl = c[ctx.lang]
        bits = ['%s %d' % (L('Civ.', 'Str.'), beds[i]), pname(ctx, p, pick(ctx.rng, [1, 3, 4, 5, 6])),
                str(p.age(ctx.day)), cl['dx']]
        if chance(ctx.rng, 0.5):
            bits.append(cl['meds'][0])
            types.add('medication')
        if chance(ctx.rng, 0.4):
            bits.append(cl['labs'][0])
            types.add('lab_result')
        bits.append(pick(ctx.rng, [L('attend lit SI', 'waiting ICU bed'), L('transfert CORTI demandé', 'CORTI transfer pending'),
                                    L('réévaluer à 23h', 'reassess at 23:00'), L('congé si stable', 'd/c if stable')]))
        lines.append(' – '.join(bits))
    paras = [L('Liste de relève de l\'urgence (%s) :' % pick(ctx.rng, ['nuit', 'soir', 'jour']),
               'ED sign-out (%s shift):' % pick(ctx.rng, ['night', 'evening', 'day'])),
             '\n'.join(lines),
             pick(ctx.rng, [L('Deux ambulances en attente de transfert de soins à la porte.', 'Two ambulances waiting on offload.'),
                            L('Rien d\'autre à signaler.', 'Nothing else to flag.')])]
    text = compose(ctx, greet(ctx, nxt[0]), paras, signature(ctx, me, 'MD', 'hsc', short=True))
    m = Mail(ctx.lang, pick(ctx.rng, [L('Relève urgence', 'ED sign-out'), L('Liste relève %s', 'Handover %s') % ctx.day.strftime('%d-%m'),
                                      'signout']),
             frm, [('%s %s' % nxt, '%s.%s@%s' % (ascii_fn(nxt[0]).lower(), ascii_fn(nxt[1]).lower(), ORGS['hsc'][1]))],
             text, types=types, note='ED sign-out list with patients, diagnoses')
    m.must = [first]
    return m


# ------------------------------------------------------------------ 14. subject-only leak
def subject_only(ctx):
    L = ctx.T
    c, cl = case(ctx)
    use_nam = ctx.chance(0.4)
    p = ctx.pool.holder(ctx.rng, *c['age'], when=ctx.day) if use_nam else ctx.pool.invented(ctx.rng, *c['age'], when=ctx.day)
    me, frm = sender(ctx, pick(ctx.rng, ['corti', 'spl', 'hvn']))
    other = staff(ctx.rng, exclude=[me])
    short_dx = cl['dx'].split('(')[0].strip()
    types = {'patient_name', 'diagnosis'}
    if use_nam:
        subj = pick(ctx.rng, ['%s %s - %s', '%s (%s) : %s']) % (pname(ctx, p, pick(ctx.rng, [1, 3, 6])), nam_str(ctx, p), short_dx)
        types.add('ramq_nam')
    else:
        subj = pick(ctx.rng, [L('Transfert %s - %s', 'Transfer %s - %s'), L('TR: %s / %s', 'FW: %s / %s'),
                              L('%s ?? %s', '%s ?? %s')]) % (pname(ctx, p), short_dx)
    body = pick(ctx.rng, [L('Peux-tu me rappeler dès que possible ?', 'Can you call me back asap?'),
                          L('Voir ma note au dossier. Merci', 'See my note in the chart. Thx'),
                          L('Confirmé pour demain matin.', 'Confirmed for tomorrow morning.'),
                          L('Ok pour moi.', 'Ok with me.')])
    text = body + '\n\n' + signature(ctx, me, '', pick(ctx.rng, ['corti', 'spl', 'hvn']), short=True) + '\n'
    m = Mail(ctx.lang, subj, frm, [('%s %s' % other, '%s@%s' % (ascii_fn(other[1]).lower(), ORGS['hvn'][1]))], text,
             types=types, note='subject line names the patient and problem; body is bland')
    m.must = [p.surname]
    return m


# ------------------------------------------------------------------ 15. file-name-only leak
def filename_only(ctx):
    L = ctx.T
    c, cl = case(ctx)
    p = ctx.pool.invented(ctx.rng, *c['age'], when=ctx.day)
    me, frm = sender(ctx, pick(ctx.rng, ['hsc', 'spl', 'hvn']))
    word = {'stemi': 'STEMI', 'stroke': L('AVC', 'stroke'), 'hypo': L('hypoglycemie', 'hypoglycemia'), 'opioid': L('surdose', 'overdose'),
            'copd': L('MPOC', 'COPD'), 'anaph': L('anaphylaxie', 'anaphylaxis'), 'hip': L('fx_hanche', 'hip_fx'),
            'sepsis': 'sepsis', 'seizure': L('convulsions', 'seizures'), 'gibleed': L('HDH', 'GI_bleed'), 'dka': L('acidocetose', 'DKA'),
            'tbi': L('TCC', 'TBI'), 'aorta': L('dissection_aortique', 'aortic_dissection'), 'co': L('intox_CO', 'CO_poisoning')}[c['key']]
    style = ctx.rng.randrange(3)
    if style == 0:
        base = '%s_%s_%s' % (p.surname, p.given, word)
    elif style == 1:
        base = '%s-%s %s' % (L('Transfert', 'Transfer'), p.surname.upper(), word)
    else:
        base = '%s %s %s' % (p.given, p.surname, word)
    if ctx.chance(0.5):
        base = ascii_fn(base)
    kind = ctx.rng.randrange(2)
    generic = [L('Liste de vérification - transfert interétablissement', 'Inter-facility transfer checklist'),
               L('[ ] Résumé de dossier joint', '[ ] Chart summary attached'),
               L('[ ] Imagerie transmise (PACS)', '[ ] Imaging pushed (PACS)'),
               L('[ ] Consentement au transfert signé', '[ ] Transfer consent signed'),
               L('[ ] Escorte infirmière confirmée', '[ ] RN escort confirmed'),
               L('[ ] Appel au centre receveur', '[ ] Receiving centre called')]
    if kind == 0:
        data = make_pdf(generic[0], generic[1:], author=ORGS['hsc'][0])
        att = Att(base + '.pdf', 'application/pdf', data=data)
    else:
        data = make_docx(generic[0], generic[1:], author='')
        att = Att(base + '.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data=data)
    text = compose(ctx, greet(ctx), [pick(ctx.rng, [L('Ci-joint, comme convenu.', 'Attached as discussed.'),
                                                    L('Voir pièce jointe.', 'See attachment.'),
                                                    L('Document pour le dossier.', 'For the file.')])],
                   signature(ctx, me, '', 'hsc', short=True))
    subj = pick(ctx.rng, [L('Document', 'Document'), L('Pièce jointe', 'Attachment'), L('Pour dossier', 'For chart'), 'Scan'])
    m = Mail(ctx.lang, subj, frm, [team(ctx, 'corti', 'CORTI', 'CORTI', 'coordination')], text, atts=[att],
             types={'patient_name', 'diagnosis'}, note='only the attachment file name reveals patient and diagnosis')
    m.must = [p.surname]
    return m


# ------------------------------------------------------------------ 16. patient / family mail forwarded
def patient_mail_fwd(ctx):
    L = ctx.T
    c, cl = case(ctx, ['hip', 'stroke', 'copd', 'sepsis', 'stemi', 'seizure'])
    rel, sex = pick(ctx.rng, [(L('mon père', 'my father'), 'M'), (L('ma mère', 'my mother'), 'F'), (L('mon conjoint', 'my husband'), 'M'),
                              (L('ma grand-mère', 'my grandmother'), 'F'), (L('mon oncle', 'my uncle'), 'M')])
    p = ctx.pool.invented(ctx.rng, max(c['age'][0], 60), max(c['age'][1], 70), when=ctx.day, sex=sex)
    fam = ctx.pool.invented(ctx.rng, 25, 55, when=ctx.day)
    me, frm = sender(ctx, 'spl')
    boss = staff(ctx.rng, exclude=[me])
    addr = address(ctx.rng)
    tel = phone_fmt(ctx.rng)
    wait = ctx.rng.randrange(45, 190)
    types = {'patient_name', 'diagnosis', 'patient_contact'}
    orig_lines = [
        L('Madame, Monsieur,', 'To whom it may concern,'),
        L('Je vous écris au sujet de %s, %s, qui habite au %s. Le %s, nous avons appelé le 911 (%s). '
          'L\'ambulance a mis %d minutes à arriver.' % (rel, p.full, addr, fmt_date(ctx.rng, ctx.day - datetime.timedelta(days=3), 'fr', 1), cl['cc'], wait),
          'I am writing about %s, %s, who lives at %s. On %s we called 911 (%s). The ambulance took %d minutes to arrive.' % (
              rel, p.full, addr, fmt_date(ctx.rng, ctx.day - datetime.timedelta(days=3), 'en', 1), cl['cc'], wait)),
        L('À l\'hôpital, le diagnostic était : %s. ' % cl['dx'], 'At the hospital they told us it was %s. ' % cl['dx']) +
        pick(ctx.rng, [L('Je trouve inacceptable qu\'une personne de son âge attende aussi longtemps sur le plancher.',
                         'I find it unacceptable that someone that age waited that long on the floor.'),
                       L('Les paramédics ont été très gentils, mais le délai nous a beaucoup inquiétés.',
                         'The paramedics were very kind but the delay frightened us.')]),
    ]
    if ctx.chance(0.6) and 'conjoint' not in rel and 'husband' not in rel:
        orig_lines.append(L('De plus, %s vit seul%s depuis un an et n\'a plus de voiture; personne ne peut l\'accompagner aux rendez-vous.' % (
                                'il' if sex == 'M' else 'elle', '' if sex == 'M' else 'e'),
                            'Also, %s has lived alone for a year and no longer drives; nobody can take %s to appointments.' % (
                                'he' if sex == 'M' else 'she', 'him' if sex == 'M' else 'her')))
        types.add('social_information')
    orig_lines.append(L('Vous pouvez me joindre au %s.' % tel, 'You can reach me at %s.' % tel))
    orig_lines.append(fam.full)
    fam_mail = '%s.%s@courriel.example' % (ascii_fn(fam.given).lower(), ascii_fn(fam.surname).lower())
    fwd = L('---------- Message transféré ---------\nDe : %s <%s>\nDate : %s\nObjet : Plainte - délai ambulance\nÀ : plaintes@%s\n\n',
            '---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: Complaint - ambulance delay\nTo: complaints@%s\n\n') % (
        fam.full, fam_mail, (ctx.when - datetime.timedelta(days=1)).strftime('%Y-%m-%d %H:%M'), ORGS['spl'][1])
    top = L('Plainte reçue hier, pour analyse. Pouvez-vous sortir les données de répartition et le RIP ?',
            'Complaint received yesterday, for review. Can you pull the dispatch data and the PCR?')
    text = greet(ctx, boss[0]) + '\n\n' + top + '\n\n' + signature(ctx, me, L('Commissaire adjointe aux plaintes', 'Patient relations'), 'spl', short=True) + \
        '\n\n' + fwd + '\n\n'.join(orig_lines) + '\n'
    m = Mail(ctx.lang, L('TR: Plainte - délai ambulance', 'Fwd: Complaint - ambulance delay'), frm,
             [('%s %s' % boss, '%s@%s' % (ascii_fn(boss[1]).lower(), ORGS['spl'][1]))], text, types=types,
             note='family complaint forwarded inline: patient, address, diagnosis')
    m.must = [p.surname]
    return m


# ------------------------------------------------------------------ 17. Ontario transfer (health number)
def ontario_transfer(ctx):
    L = ctx.T
    c, cl = case(ctx, ['stemi', 'stroke', 'tbi', 'aorta', 'gibleed', 'sepsis'])
    p = ctx.pool.invented(ctx.rng, *c['age'], when=ctx.day)
    num, vc = make_ohip(ctx.rng)
    hn = fmt_ohip(ctx.rng, num, vc)
    if ctx.chance(0.25):
        hn = disguise_digits(ctx.rng, hn)
    me, frm = sender(ctx, pick(ctx.rng, ['ebk', 'haw']))
    types = {'ca_health_number', 'patient_name', 'date_of_birth', 'diagnosis', 'medication'}
    summary = [
        L('Résumé de transfert', 'Transfer summary'),
        L('%s : %s', '%s: %s') % (L('Nom', 'Name'), pname(ctx, p, pick(ctx.rng, [0, 1, 6]))),
        L('%s : %s', '%s: %s') % (L('Date de naissance', 'DOB'), dob_str(ctx, p)),
        L('%s : %s', '%s: %s') % (L('No carte santé Ontario', 'Ontario Health Card'), hn),
        L('%s : %s', '%s: %s') % (L('Diagnostic', 'Dx'), cl['dx']),
        L('%s : %s', '%s: %s') % (L('Médicaments', 'Meds given'), ', '.join(cl['meds'])),
    ]
    paras = [L('Patient ontarien transféré vers %s pour %s. Voici le résumé :' % (ORGS['chul'][0], cl['dest']),
               'Ontario patient being transferred to %s for %s. Summary below:' % (ORGS['chul'][0], cl['dest']))]
    atts = []
    if ctx.chance(0.5):
        d = make_docx(summary[0], summary[1:], author='%s %s' % me)
        atts.append(Att(pick(ctx.rng, ['transfer_summary.docx', 'Résumé_transfert.docx', 'TS_%d.docx' % ctx.rng.randrange(1000, 9999)]),
                        'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data=d))
        paras.append(L('Résumé en pièce jointe.', 'Summary attached.'))
    else:
        paras.append('\n'.join(summary[1:]))
    paras.append(L('Le transport sera assuré par Lakeshore County Paramedic Service (ETA %s).' % time_at(ctx, -75),
                   'Lakeshore County Paramedic Service will transport (ETA %s).' % time_at(ctx, -75)))
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, L('Infirmière ressource', 'Charge nurse, Emergency'), 'ebk'))
    m = Mail(ctx.lang, pick(ctx.rng, [L('Transfert interprovincial', 'Interprovincial transfer'), 'Transfer ON→QC',
                                      L('Patient ontarien - transfert', 'Ontario patient - transfer')]),
             frm, [team(ctx, 'corti', 'CORTI', 'CORTI', 'coordination')], text, atts=atts, types=types,
             note='Ontario patient transfer with health card number')
    m.must = [p.surname]
    return m


# ------------------------------------------------------------------ 18. French tourist (NIR)
def french_tourist_nir(ctx):
    L = ctx.T
    p = ctx.pool.invented(ctx.rng, 20, 80, when=ctx.day)
    nir = make_nir(ctx.rng, p.dob, p.sex)
    me, frm = sender(ctx, 'ambu')
    inj = pick(ctx.rng, [L('fracture bimalléolaire de la cheville gauche (chute sur la glace)', 'left bimalleolar ankle fracture (fall on ice)'),
                         L('syndrome coronarien aigu', 'acute coronary syndrome'),
                         L('pneumonie avec hypoxémie', 'pneumonia with hypoxemia')])
    home = '%d %s, %s' % (ctx.rng.randrange(1, 120), pick(ctx.rng, ['rue des Lilas', 'avenue Jean-Jaurès', 'chemin des Vignes']),
                          pick(ctx.rng, ['69003 Lyon', '33000 Bordeaux', '44000 Nantes', '35000 Rennes']))
    amount = ctx.rng.randrange(600, 1900)
    lines = [
        L('Facture de transport ambulancier — usager non-résident', 'Ambulance transport invoice — non-resident'),
        L('%s : %s', '%s: %s') % (L('Usager', 'Patient'), pname(ctx, p, pick(ctx.rng, [0, 1, 6]))),
        L('%s : %s', '%s: %s') % (L('Date de naissance', 'Date of birth'), dob_str(ctx, p)),
        L('%s : %s', '%s: %s') % (L('N° de sécurité sociale (France)', 'French social security no. (NIR)'),
                                     disguise_digits(ctx.rng, fmt_nir(ctx.rng, nir)) if ctx.chance(0.4) else fmt_nir(ctx.rng, nir)),
        L('%s : %s', '%s: %s') % (L('Adresse', 'Address'), home),
        L('%s : %s', '%s: %s') % (L('Motif du transport', 'Reason for transport'), inj),
        L('%s : %d,00 $', '%s: $%d.00') % (L('Montant', 'Amount'), amount),
    ]
    types = {'fr_nir', 'patient_name', 'date_of_birth', 'diagnosis', 'patient_contact'}
    atts = []
    if ctx.chance(0.6):
        atts.append(Att('Facture_%d.pdf' % ctx.rng.randrange(100000, 999999), 'application/pdf',
                        data=make_pdf(lines[0], lines[1:], author=ORGS['ambu'][0])))
        paras = [L('Veuillez trouver ci-joint la facture pour le transport de votre assurée.', 'Please find attached the invoice for your insured member.')]
    else:
        paras = ['\n'.join(lines)]
    paras.append(L('Le paiement peut être fait par virement; la référence de dossier est indiquée sur la facture.',
                   'Payment can be made by wire transfer; the file reference is on the invoice.'))
    to = [('Assistance Europ-Rapatriement', 'dossiers@europ-rapatriement.example')]
    text = compose(ctx, L('Madame, Monsieur,', 'Dear Sir or Madam,'), paras, signature(ctx, me, L('Service de facturation', 'Billing'), 'ambu'))
    m = Mail(ctx.lang, L('Facture transport - usager français', 'Invoice - ambulance transport, French resident'), frm, to, text,
             atts=atts, types=types, note='ambulance invoice for a French tourist with NIR')
    m.must = [p.surname]
    return m


# ------------------------------------------------------------------ 19. Belgian visitor (NISS)
def belgian_niss(ctx):
    L = ctx.T
    p = ctx.pool.invented(ctx.rng, 16, 75, when=ctx.day)
    niss = make_niss(ctx.rng, p.dob, p.sex)
    shown = fmt_niss(niss) if ctx.chance(0.7) else niss
    if ctx.chance(0.35):
        shown = disguise_digits(ctx.rng, shown)
    me, frm = sender(ctx, pick(ctx.rng, ['sab', 'chul']))
    inj = pick(ctx.rng, [L('fracture de plateau tibial droit (accident de ski)', 'right tibial plateau fracture (skiing accident)'),
                         L('traumatisme crânien léger avec commotion', 'mild TBI with concussion'),
                         L('fracture de vertèbre L1 stable', 'stable L1 vertebral fracture')])
    types = {'be_niss', 'patient_name', 'date_of_birth', 'diagnosis'}
    paras = [
        L('Suite à votre demande de rapatriement :', 'Regarding your repatriation request:'),
        L('%s : %s\n%s : %s\nNISS : %s\n%s : %s', '%s: %s\n%s: %s\nNISS: %s\n%s: %s') % (L('Patient', 'Patient'), pname(ctx, p, pick(ctx.rng, [0, 1, 3])), L('Né(e) le', 'DOB'),
                                                  dob_str(ctx, p), shown, L('Diagnostic', 'Diagnosis'), inj),
        L('Le patient sera apte au vol commercial avec civière à partir du %s. Un médecin accompagnateur est recommandé.' % fmt_date(ctx.rng, ctx.day + datetime.timedelta(days=5), 'fr'),
          'Fit for commercial flight on stretcher from %s. A physician escort is recommended.' % fmt_date(ctx.rng, ctx.day + datetime.timedelta(days=5), 'en')),
    ]
    if ctx.chance(0.5):
        paras.append(L('Traitement actuel : énoxaparine 40 mg SC die, hydromorphone 1 mg PO q4h PRN.',
                       'Current meds: enoxaparin 40 mg SC daily, hydromorphone 1 mg PO q4h PRN.'))
        types.add('medication')
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, L('Médecin régulateur', 'Medical director, transport'), 'sab'))
    m = Mail(ctx.lang, pick(ctx.rng, [L('Rapatriement Belgique', 'Repatriation to Belgium'), L('Dossier rapatriement %d', 'Repatriation file %d') % ctx.rng.randrange(1000, 9999)]),
             frm, [('Mutualité Assistance Benelux', 'medical@mutassist-benelux.example')], text, types=types,
             note='repatriation of Belgian visitor with NISS')
    m.must = [p.surname]
    return m


# ------------------------------------------------------------------ 20. work accident, SIN on billing
def cnesst_sin(ctx):
    L = ctx.T
    p = ctx.pool.invented(ctx.rng, 19, 64, when=ctx.day)
    sin = make_sin(ctx.rng)
    me, frm = sender(ctx, 'ambu')
    inj = pick(ctx.rng, [L('lacération profonde de la cuisse par scie à chaîne', 'deep thigh laceration from a chainsaw'),
                         L('écrasement de la main gauche dans une presse', 'left hand crush injury in a press'),
                         L('chute d\'un échafaudage, fracture du poignet', 'fall from scaffolding, wrist fracture')])
    employer = pick(ctx.rng, ['Scierie Boréale inc.', 'Coffrages Val-Nordet ltée', 'Métallurgie Rivière-aux-Saules'])
    types = {'ca_sin', 'patient_name', 'diagnosis'}
    block = '\n'.join([
        L('%s : %s', '%s: %s') % (L('Travailleur', 'Worker'), pname(ctx, p, pick(ctx.rng, [0, 1, 3]))),
        L('%s : %s', '%s: %s') % (L('NAS', 'SIN'), disguise_digits(ctx.rng, fmt_sin(ctx.rng, sin)) if ctx.chance(0.4) else fmt_sin(ctx.rng, sin)),
        L('%s : %s', '%s: %s') % (L('Employeur', 'Employer'), employer),
        L('%s : %s', '%s: %s') % (L('Lésion', 'Injury'), inj),
        L('%s : %s', '%s: %s') % (L('Date de l\'événement', 'Date of event'), fmt_date(ctx.rng, ctx.day - datetime.timedelta(days=ctx.rng.randrange(2, 20)), ctx.lang)),
    ])
    if ctx.chance(0.5):
        block += '\n%s : %s' % (L('Date de naissance', 'Date of birth'), dob_str(ctx, p))
        types.add('date_of_birth')
    paras = [L('Réclamation pour transport ambulancier suite à un accident du travail :', 'Claim for ambulance transport following a workplace accident:'),
             block, L('Le numéro de réclamation n\'est pas encore attribué par la CNESST.', 'CNESST has not yet assigned a claim number.')]
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, L('Facturation', 'Billing office'), 'ambu'))
    m = Mail(ctx.lang, L('Réclamation transport - accident du travail', 'Transport claim - workplace injury'), frm,
             [('CNESST - Réclamations', 'reclamations@cnesst-demo.example')], text, types=types,
             note='work-accident ambulance claim with SIN')
    m.must = [p.surname]
    return m
