"""Positive templates, part C: calendar invites, vCards, ZIP bundles, attached messages, HLA, viral
monitoring, anemia, vascular access, rebooking, home PD, deaths, web forms, chart-number-only notes,
eGFR spreadsheets, interpreters, donor reimbursement."""
import datetime

from gen_common import (new_patient, make_sin, date_fr, date_en, day_fr, day_en, PARTNERS, DOM, signature, dr,
                        staff, CLINIC_TEL, fullwidth, fmt_date)
from gen_clinical import (CAUSES, CKD_MEDS, TX_MEDS, ANTIPROLIF, PROPHYLAXIS, pick, picks, num, egfr_series, stage,
                          creat_for, tac_level, lab_panel, panel_text)
from gen_track import Track
from gen_util import mdate, later, person, partner_addr, ext, spec, L, GROUP, quote, reply_header, fwd_block
from gen_pos_a import ident, ne
import gen_attach as A
import gen_mime
from gen_common import rng_for


# ------------------------------------------------------------------ 21. biopsy booking (ICS)
def t_ics_biopsy(ctx, rng, lang, key):
    tr = Track(lang)
    p = new_patient(rng, 'QC', lang)
    dt = mdate(rng)
    st = later(dt, rng, 1, 6, hour=8)
    nm = tr.name(p, rng.choice(['last_first', 'full', 'sur_initial']))
    mrn = tr.mrn(p, rng.choice(['plain', 'spaced']))
    cr = rng.randrange(160, 330)
    tr.dx(''), tr.lab('')
    if lang == 'fr':
        summ = 'Biopsie greffon — %s (%s)' % (nm, mrn)
        desc = ('Biopsie de greffon sous écho, hausse de créat %d (base 130). Cesser ASA 5 jours avant. '
                'INR et FSC le matin même. Observation 6 h en unité de jour.' % cr)
        subj = 'Invitation : ' + summ
        body = ('Réservation confirmée en radiologie d\'intervention pour le %s à 8h.\n\n%s\n\n%s'
                % (day_fr(st.date()), desc, signature('carriere', 'fr', short=True)))
        loc = 'Radiologie d\'intervention, salle 2, CH des Deux-Rives'
    else:
        summ = 'Graft biopsy - %s (%s)' % (nm, mrn)
        desc = ('Ultrasound-guided allograft biopsy, creatinine up to %d (baseline 130). Hold ASA 5 days prior. '
                'INR and CBC same morning. 6 h observation in day unit.' % cr)
        subj = 'Invitation: ' + summ
        body = ('Booking confirmed in interventional radiology for %s at 8:00.\n\n%s\n\n%s'
                % (day_en(st.date()), desc, signature('carriere', 'en', short=True)))
        loc = 'Interventional radiology, room 2, Deux-Rives Hospital'
    tr.med('')
    text = A.ics('%s@%s' % (key, DOM), st, st + datetime.timedelta(hours=1), summ, loc, desc,
                 organizer=person('carriere'), attendees=[person('brisebois'), ('Radiologie', 'radiologie.rdv@' + DOM)], stamp=dt)
    atts = [A.att_text('invite.ics', 'text/calendar', text, params='; method=REQUEST')]
    return spec(key, 'calendar', lang, L(lang, 'invitation calendrier pour biopsie', 'calendar invite for biopsy'),
                person('carriere'), [person('brisebois'), ('Radiologie', 'radiologie.rdv@' + DOM)], subj, body, dt, tr, atts=atts)


# ------------------------------------------------------------------ 22. vCard contact update
def t_vcard(ctx, rng, lang, key):
    tr = Track(lang)
    p = new_patient(rng, rng.choice(['QC', 'ON']), lang, age_range=(45, 88))
    dt = mdate(rng)
    tr.t('patient_name', 'patient_contact', 'diagnosis')
    tr._m(p.full)
    tr._m(p.phone)
    reg = 'QC' if p.province == 'QC' else 'ON'
    city = p.city.split(' (')[0].split(',')[0]
    note = L(lang, 'Patient DP à domicile — livraisons Dialysa le mardi. Contact urgence : fille (cellulaire au dossier).',
             'Home PD patient - Dialysa deliveries on Tuesdays. Emergency contact: daughter (cell in chart).')
    card = A.vcard(p.full, p.surname, p.given, tel=p.phone, adr=(p.street, city, reg, p.postal), note=note)
    if lang == 'fr':
        subj = rng.choice(['Nouvelles coordonnées', 'MAJ adresse patient DP', 'Changement d\'adresse'])
        body = ('Bonjour,\n\nLe patient a déménagé; nouvelles coordonnées en pièce jointe (vCard). Merci de mettre à jour '
                'l\'adresse de livraison des solutions de dialyse péritonéale et le dossier.\n\n%s' % signature('nguyen', 'fr', short=True))
    else:
        subj = rng.choice(['New contact info', 'Address update - PD patient', 'Change of address'])
        body = ('Hello,\n\nPatient has moved; new contact details attached (vCard). Please update the PD solution delivery '
                'address and the chart.\n\n%s' % signature('nguyen', 'en', short=True))
    fn = '%s.vcf' % p.full.replace(' ', '_')
    return spec(key, 'vcard', lang, L(lang, 'coordonnées de patient en vCard', 'patient contact card'),
                person('nguyen'), [GROUP['pd'], ('Dialysa — service à la clientèle', partner_addr('supply', 'service'))],
                subj, body, dt, tr, atts=[A.att_text(fn, 'text/vcard', card, rfc2231=not fn.isascii())])


# ------------------------------------------------------------------ 23. ZIP bundle of lab files
def t_zip(ctx, rng, lang, key):
    tr = Track(lang)
    dt = mdate(rng)
    rows = [L(lang, ['Dossier', 'Nom', 'Date', 'Créat', 'DFGe', 'FK'], ['MRN', 'Name', 'Date', 'Creat', 'eGFR', 'Tac'])]
    for _ in range(rng.randrange(4, 8)):
        p = new_patient(rng, 'QC', lang)
        nm = '%s, %s' % (p.surname.upper(), p.given)
        tr.t('patient_name', 'mrn')
        tr._m(nm)
        eg = rng.randrange(22, 70)
        rows.append([p.mrn, nm, dt.strftime('%Y-%m-%d'), str(creat_for(eg, rng)), str(eg), num(tac_level(rng), lang)])
    tr.t('lab_result', 'diagnosis')
    csvt = A.csv_text(rows, sep=';')
    lines = [' | '.join(r) for r in rows]
    pdfb = A.pdf(L(lang, 'Clinique de greffe — résultats de la semaine', 'Transplant clinic — weekly results'), lines)
    members = [(L(lang, 'resultats_greffe.csv', 'transplant_results.csv'), csvt.encode('utf-8')),
               (L(lang, 'resultats_greffe.pdf', 'transplant_results.pdf'), pdfb)]
    if rng.random() < 0.5:
        members.append(('LISEZMOI.txt' if lang == 'fr' else 'README.txt',
                        L(lang, 'Export automatique — ne pas transférer hors programme.\n',
                          'Automatic export - do not forward outside the program.\n').encode('utf-8')))
    z = A.zipped(members)
    if lang == 'fr':
        subj = 'Export résultats clinique de greffe — semaine du %s' % dt.strftime('%d/%m')
        body = ('Bonjour,\n\nVoici l\'export hebdomadaire (zip) pour la révision des taux. Mot de passe retiré à la demande du TI '
                '— à corriger la semaine prochaine.\n\n%s' % signature('charette', 'fr', short=True))
    else:
        subj = 'Transplant clinic results export - week of %s' % dt.strftime('%b %d')
        body = ('Hi,\n\nWeekly export (zip) for level review attached. Password removed at IT\'s request - to be fixed next week.\n\n%s'
                % signature('charette', 'en', short=True))
    return spec(key, 'zip_export', lang, L(lang, 'export ZIP de résultats de greffe', 'zipped transplant results export'),
                person('charette'), [GROUP['md']], subj, body, dt, tr,
                atts=[A.att_zip('export_%s.zip' % dt.strftime('%Y%m%d'), z)])


# ------------------------------------------------------------------ 24. attached message (critical result)
def t_fwd_eml(ctx, rng, lang, key):
    tr = Track(lang)
    p = ctx.qc_patient(rng, lang, 0.6)
    dt = mdate(rng)
    inner_dt = dt - datetime.timedelta(minutes=rng.randrange(20, 300))
    nm = tr.name(p, rng.choice(['last_first', 'upper', 'full']))
    idb = ident(tr, p, lang, rng, sep='\n')
    items, v = lab_panel(rng, lang, tx=True)
    tr.lab('')
    lab = (PARTNERS['lab'][0], 'resultats.critiques@' + PARTNERS['lab'][1])
    if lang == 'fr':
        isubj = 'Résultat critique — %s' % nm
        ibody = ('AVIS DE RÉSULTAT CRITIQUE\n\nPatient : %s\n%s\nPrélevé le %s\n\n%s\n\nValeur critique : K %s mmol/L\n'
                 'Médecin demandeur : %s\n' % (nm, idb, inner_dt.strftime('%Y-%m-%d %H:%M'), panel_text(items, '\n'),
                                                num(rng.uniform(6.2, 7.1), 'fr'), dr('vachon', 'fr')))
        subj = 'TR: ' + isubj
        body = 'Je te transfère l\'avis du labo (en pièce jointe). Je n\'arrive pas à joindre le patient au numéro du dossier.\n\n' + staff('houle')['name']
    else:
        isubj = 'Critical result - %s' % nm
        ibody = ('CRITICAL RESULT NOTIFICATION\n\nPatient: %s\n%s\nCollected %s\n\n%s\n\nCritical value: K %s mmol/L\n'
                 'Ordering physician: %s\n' % (nm, idb, inner_dt.strftime('%Y-%m-%d %H:%M'), panel_text(items, '\n'),
                                                 num(rng.uniform(6.2, 7.1), 'en'), dr('vachon', 'en')))
        subj = 'Fwd: ' + isubj
        body = 'Forwarding the lab notice (attached). Cannot reach the patient at the number on file.\n\n' + staff('houle')['name']
    inner = {'key': key + '-inner', 'from': lab, 'to': [person('vachon')], 'subject': isubj, 'body': ibody,
             'date': inner_dt, 'mailer': None}
    data = gen_mime.nested(inner, rng_for(key + '/inner'))
    return spec(key, 'fwd_attached', lang, L(lang, 'avis de résultat critique joint en .eml', 'critical result attached as message'),
                person('houle'), [person('asante')], subj, body, dt, tr,
                atts=[A.att_eml(L(lang, 'avis_resultat_critique.eml', 'critical_result.eml'), data)])


# ------------------------------------------------------------------ 25. HLA / crossmatch
def t_hla(ctx, rng, lang, key):
    tr = Track(lang)
    r = new_patient(rng, 'QC', lang)
    d = new_patient(rng, 'QC', lang, age_range=(25, 65))
    dt = mdate(rng)
    nr = tr.name(r, rng.choice(['last_first', 'full']))
    nd = tr.name(d, rng.choice(['last_first', 'full']))
    mr = tr.mrn(r, 'plain')
    pra = rng.randrange(0, 98)
    res = rng.choice(L(lang, ['négative (T et B)', 'positive B faible, T négative'],
                       ['negative (T and B)', 'weak positive B, negative T']))
    tr.lab(''), tr.dx('')
    hla = (PARTNERS['hla'][0], 'hla.resultats@' + PARTNERS['hla'][1])
    if lang == 'fr':
        subj = 'Épreuve de compatibilité croisée — résultat'
        body = ('Bonjour,\n\nRésultat de l\'épreuve croisée par cytométrie de flux :\n\n'
                'Receveur : %s (dossier %s), PRA calculé %d %%\nDonneur vivant : %s\n'
                'Épreuve croisée : %s\nAnticorps anti-HLA : %s\n\nRapport signé à suivre dans le SIL.\n\nLaboratoire HLA'
                % (nr, mr, pra, nd, res, rng.choice(['aucun DSA détecté', 'DSA anti-DQ7 MFI 1 800'])))
    else:
        subj = 'Crossmatch result'
        body = ('Hello,\n\nFlow cytometry crossmatch result:\n\nRecipient: %s (MRN %s), cPRA %d%%\nLiving donor: %s\n'
                'Crossmatch: %s\nAnti-HLA antibodies: %s\n\nSigned report to follow in the LIS.\n\nHLA laboratory'
                % (nr, mr, pra, nd, res, rng.choice(['no DSA detected', 'DSA anti-DQ7 MFI 1800'])))
    return spec(key, 'hla', lang, L(lang, 'résultat d\'épreuve croisée HLA', 'HLA crossmatch result'),
                hla, [person('orourke'), GROUP['tx']], subj, body, dt, tr)


# ------------------------------------------------------------------ 26. BK / CMV viral monitoring
def t_viral(ctx, rng, lang, key):
    tr = Track(lang)
    dt = mdate(rng)
    n = rng.randrange(2, 5)
    lines = []
    for _ in range(n):
        p = new_patient(rng, rng.choice(['QC', 'ON']), lang)
        nm = tr.name(p, rng.choice(['sur_initial', 'initial_sur', 'last_first_mixed']))
        virus = rng.choice(['BK', 'CMV'])
        lg = num(rng.uniform(2.8, 5.4), lang)
        if virus == 'BK':
            act = rng.choice(L(lang, ['réduire MMF de 50 %', 'cesser MMF, viser FK 4-6', 'contrôle dans 2 sem.'],
                               ['reduce MMF by 50%', 'hold MMF, target tac 4-6', 'repeat in 2 wks']))
        else:
            act = rng.choice(L(lang, ['valganciclovir 900 mg BID', 'valganciclovir 450 mg BID (ajusté DFGe)', 'contrôle dans 1 sem.'],
                               ['valganciclovir 900 mg BID', 'valganciclovir 450 mg BID (renally adjusted)', 'repeat in 1 wk']))
        lines.append('- %s : %s PCR %s log copies/mL → %s' % (nm, virus, lg, act) if lang == 'fr' else
                     '- %s: %s PCR %s log copies/mL -> %s' % (nm, virus, lg, act))
    tr.lab(''), tr.med(''), tr.dx('')
    if lang == 'fr':
        subj = 'Virémies BK/CMV de la semaine'
        body = ('Bonjour,\n\nVirémies positives cette semaine :\n\n%s\n\nJ\'appelle les patients demain matin pour les '
                'ajustements. Farid, peux-tu valider les doses de valganciclovir selon la fonction rénale?\n\n%s'
                % ('\n'.join(lines), staff('charette')['name']))
    else:
        subj = 'BK/CMV viremia this week'
        body = ('Hi,\n\nPositive viral loads this week:\n\n%s\n\nI will call the patients tomorrow morning for the changes. '
                'Farid, can you check valganciclovir doses for renal function?\n\n%s' % ('\n'.join(lines), staff('charette')['name']))
    return spec(key, 'viral', lang, L(lang, 'suivi des virémies BK/CMV', 'BK/CMV viremia follow-up'),
                person('charette'), [person('brisebois'), person('benali')], subj, body, dt, tr)


# ------------------------------------------------------------------ 27. anemia / ESA dosing list
def t_esa(ctx, rng, lang, key):
    tr = Track(lang)
    dt = mdate(rng)
    rows = [L(lang, ['Patient', 'Hb (g/L)', 'Ferritine', 'Sat.', 'Dose actuelle', 'Nouvelle dose'],
              ['Patient', 'Hb (g/L)', 'Ferritin', 'TSAT', 'Current dose', 'New dose'])]
    for _ in range(rng.randrange(4, 8)):
        p = new_patient(rng, 'QC', lang, age_range=(40, 88))
        nm = tr.name(p, rng.choice(['lower', 'last_first_mixed', 'lower_last_first']))
        hb = rng.randrange(82, 128)
        cur = rng.choice([20, 30, 40, 60, 80])
        new = cur + (20 if hb < 95 else (-20 if hb > 120 else 0))
        rows.append([nm, str(hb), str(rng.randrange(90, 700)), '%d %%' % rng.randrange(12, 40),
                     'Aranesp %d mcg' % cur, 'Aranesp %d mcg' % max(new, 10) if new != cur else L(lang, 'inchangée', 'no change')])
    tr.lab(''), tr.med(''), tr.dx('')
    form = rng.random()
    atts = []
    table = '\n'.join(' | '.join(r) for r in rows)
    if form < 0.35:
        atts = [A.att_xlsx(L(lang, 'protocole_anemie_%s.xlsx', 'anemia_protocol_%s.xlsx') % dt.strftime('%Y%m'),
                           A.xlsx([('Aranesp', rows)], when=dt))]
        table = L(lang, '(voir fichier)', '(see file)')
    elif form < 0.65:
        atts = [A.att_text(L(lang, 'ajustements_aranesp_%s.csv', 'aranesp_adjustments_%s.csv') % dt.strftime('%Y%m'), 'text/csv',
                           A.csv_text(rows, sep=';' if lang == 'fr' else ','), charset=rng.choice(['windows-1252', 'utf-8']))]
        table = L(lang, '(export CSV joint)', '(CSV export attached)')
    if lang == 'fr':
        subj = 'Protocole anémie HD — ajustements du mois'
        body = 'Bonjour,\n\nAjustements d\'Aranesp selon le protocole (Hb cible 100-115) :\n\n%s\n\nÀ appliquer dès la prochaine séance.\n\n%s' % (table, signature('benali', 'fr', short=True))
    else:
        subj = 'HD anemia protocol - monthly adjustments'
        body = 'Hi,\n\nAranesp adjustments per protocol (target Hb 100-115):\n\n%s\n\nStart next run.\n\n%s' % (table, signature('benali', 'en', short=True))
    return spec(key, 'anemia', lang, L(lang, 'ajustements ASE du protocole anémie', 'ESA dose adjustments list'),
                person('benali'), [GROUP['hd']], subj, body, dt, tr, atts=atts)


# ------------------------------------------------------------------ 28. vascular access surgery booking
def t_access(ctx, rng, lang, key):
    tr = Track(lang)
    p = ctx.qc_patient(rng, lang, 0.75, age_range=(35, 85))
    dt = mdate(rng)
    sx = later(dt, rng, 10, 40, hour=7)
    nm = tr.name(p, rng.choice(['title', 'full', 'last_first']))
    idb = ident(tr, p, lang, rng, sep='\n')
    eg = rng.randrange(9, 16)
    tr.dx(''), tr.lab(''), tr.med('')
    surgeon = ('Dr Étienne Lamoureux', 'e.lamoureux@' + DOM)
    if lang == 'fr':
        subj = rng.choice(['Création de FAV — demande', 'Chirurgie vasculaire : accès pour HD', 'Réservation bloc — FAV'])
        body = ('Bonjour Dr Lamoureux,\n\nDemande de création de fistule artérioveineuse radiocéphalique gauche (non dominant) :\n\n'
                '%s\n%s\n\nDFGe %d, début d\'hémodialyse prévu d\'ici 3-6 mois. Cartographie veineuse faite : veine céphalique 3,1 mm. '
                'Anticoagulé (apixaban 2,5 mg BID) — à cesser 48 h avant. Date proposée : %s.\n\n%s'
                % (nm, idb, eg, date_fr(sx.date()), signature('lafreniere', 'fr')))
    else:
        subj = rng.choice(['AVF creation - request', 'Vascular surgery: HD access', 'OR booking - AVF'])
        body = ('Dear Dr Lamoureux,\n\nRequest for left (non-dominant) radiocephalic AV fistula creation:\n\n%s\n%s\n\n'
                'eGFR %d, hemodialysis start expected in 3-6 months. Vein mapping done: cephalic 3.1 mm. On apixaban 2.5 mg BID - '
                'hold 48 h prior. Proposed date: %s.\n\n%s' % (nm, idb, eg, date_en(sx.date()), signature('lafreniere', 'en')))
    return spec(key, 'access', lang, L(lang, 'demande de création de fistule', 'AV fistula surgery request'),
                person('lafreniere'), [surgeon], subj, body, dt, tr)


# ------------------------------------------------------------------ 29. rebooking list (cancelled clinic)
def t_rebook(ctx, rng, lang, key):
    tr = Track(lang)
    dt = mdate(rng)
    rows = []
    for _ in range(rng.randrange(5, 9)):
        p = new_patient(rng, rng.choice(['QC', 'QC', 'ON']), lang)
        nm = tr.name(p, rng.choice(['last_first_mixed', 'full', 'last_nocomma']))
        ph = tr.phone(p)
        why = rng.choice(L(lang, ['suivi greffe 6 mois', 'MRC stade 4 — suivi', 'post-biopsie', 'clinique prédialyse',
                                  'suivi GN membraneuse', 'greffé 2023 — FK à revoir'],
                           ['6-month transplant follow-up', 'CKD stage 4 follow-up', 'post-biopsy', 'pre-dialysis clinic',
                            'membranous GN follow-up', 'transplant 2023 - review tac']))
        rows.append(' | '.join([nm, ph, why, '%dh%02d' % (rng.randrange(8, 16), rng.choice([0, 20, 40]))]))
    tr.dx('')
    md = rng.choice(['vachon', 'asante', 'raman', 'okafor'])
    atts = []
    if rng.random() < 0.4:
        head = L(lang, ['Nom', 'Téléphone', 'Motif', 'Heure'], ['Name', 'Phone', 'Reason', 'Time'])
        atts = [A.att_text(L(lang, 'a_rappeler.csv', 'to_call.csv'), 'text/csv',
                           A.csv_text([head] + [r.split(' | ') for r in rows], sep=';' if lang == 'fr' else ','))]
    if lang == 'fr':
        subj = 'Clinique annulée %s — patients à rappeler' % dt.strftime('%d/%m')
        body = (('Bonjour Lise,\n\n%s est ' + ('absente' if md in ('vachon', 'raman') else 'absent') +
                 ' jeudi; voici les patients à rappeler pour déplacer leur rendez-vous :\n\n'
                 'Nom | Téléphone | Motif | Heure\n%s\n\nMerci!\n%s')
                % (dr(md, 'fr'), '\n'.join(rows), staff('houle')['name']))
    else:
        subj = 'Clinic cancelled %s - patients to call' % dt.strftime('%b %d')
        body = ('Hi Lise,\n\n%s is away Thursday; here are the patients to call to rebook:\n\n'
                'Name | Phone | Reason | Time\n%s\n\nThanks!\n%s' % (dr(md, 'en'), '\n'.join(rows), staff('houle')['name']))
    if atts:
        body = body.replace('\n'.join(rows), L(lang, '(liste en CSV ci-jointe)', '(CSV list attached)'))
        body = body.replace('Nom | Téléphone | Motif | Heure\n', '').replace('Name | Phone | Reason | Time\n', '')
    return spec(key, 'rebook', lang, L(lang, 'liste de patients à rappeler', 'patients to call for rebooking'),
                person('houle'), [person('carriere')], subj, body, dt, tr, atts=atts)


# ------------------------------------------------------------------ 30. home PD supplies
def t_pd_supply(ctx, rng, lang, key):
    tr = Track(lang)
    p = ctx.qc_patient(rng, lang, 0.5, age_range=(30, 80)) if lang == 'fr' else new_patient(rng, rng.choice(['QC', 'ON']), lang)
    dt = mdate(rng)
    nm = tr.name(p, rng.choice(['full', 'last_first', 'upper']))
    ad = tr.addr(p)
    ph = tr.phone(p)
    extra = ''
    if p.nam:
        extra = '\n' + ident(tr, p, lang, rng, sep='\n')
    tr.med(''), tr.dx('')
    if lang == 'fr':
        subj = 'Commande DP — ajout Extraneal'
        body = ('Bonjour,\n\nMerci de modifier la commande mensuelle de :\n\n%s%s\n%s\nTél. : %s\n\n'
                'DPA nocturne : Dianeal 1,5 %% 5 L x 8, Dianeal 2,5 %% 5 L x 6, ajout Extraneal 2 L x 30 (dernier échange de jour). '
                'Ultrafiltration insuffisante à l\'APT récent.\nLivraison : sous-sol, porte de côté; appeler 30 min avant.\n\n%s'
                % (nm, extra, ad, ph, signature('nguyen', 'fr')))
    else:
        subj = 'PD order - add Extraneal'
        body = ('Hello,\n\nPlease modify the monthly order for:\n\n%s%s\n%s\nPhone: %s\n\n'
                'Nightly APD: Dianeal 1.5%% 5 L x 8, Dianeal 2.5%% 5 L x 6, add Extraneal 2 L x 30 (last daytime dwell). '
                'Poor ultrafiltration on recent PET.\nDelivery: basement side door; call 30 min ahead.\n\n%s'
                % (nm, extra, ad, ph, signature('nguyen', 'en')))
    tr.lab('')
    return spec(key, 'pd_supply', lang, L(lang, 'commande de solutions de DP à domicile', 'home PD supply order'),
                person('nguyen'), [('Dialysa — commandes', partner_addr('supply', 'commandes'))], subj, body, dt, tr)


# ------------------------------------------------------------------ 31. death / conservative care
def t_deceased(ctx, rng, lang, key):
    tr = Track(lang)
    p = new_patient(rng, rng.choice(['QC', 'ON']), lang, age_range=(72, 95))
    dt = mdate(rng)
    nm = tr.name(p, rng.choice(['title', 'full', 'last_first_mixed']))
    dob = tr.dob(p, rng.choice(['iso', 'dmy']))
    tr.dx('')
    if lang == 'fr':
        subj = rng.choice(['Décès — retirer des listes', 'Avis de décès d\'un patient'])
        body = ('Bonjour,\n\nNous avons appris le décès de %s (%s %s), suivi(e) en traitement conservateur (MRC stade 5, '
                'choix de ne pas être dialysé(e)). Décès à domicile avec les soins palliatifs du CLSC le %s.\n\n'
                'Merci d\'annuler les rendez-vous futurs, les prélèvements à domicile et la livraison Lokelma. Une carte de '
                'condoléances sera envoyée à la famille.\n\n%s'
                % (nm, ne(p, 'fr'), dob, date_fr((dt - datetime.timedelta(days=2)).date()), signature('lafreniere', 'fr', short=True)))
    else:
        subj = rng.choice(['Patient death - remove from lists', 'Death notification'])
        body = ('Hello,\n\nWe learned of the death of %s (DOB %s), followed in conservative kidney management (CKD stage 5, chose '
                'not to dialyse). Died at home with the palliative home care team on %s.\n\nPlease cancel future appointments, '
                'home blood draws and the Lokelma delivery. A condolence card will be sent to the family.\n\n%s'
                % (nm, dob, date_en((dt - datetime.timedelta(days=2)).date()), signature('lafreniere', 'en', short=True)))
    tr.med('')
    return spec(key, 'deceased', lang, L(lang, 'avis de décès, traitement conservateur', 'death notice, conservative care'),
                person('lafreniere'), [GROUP['clinic'], GROUP['predial']], subj, body, dt, tr)


# ------------------------------------------------------------------ 32. web form copy with full-width digits
def t_webform(ctx, rng, lang, key):
    tr = Track(lang)
    p = ctx.holder(rng) if lang == 'fr' or rng.random() < 0.5 else new_patient(rng, 'ON', lang)
    dt = mdate(rng)
    nm = tr.name(p, rng.choice(['full', 'upper']))
    d = fmt_date(p.dob, 'iso')
    dfw = fullwidth(d)
    tr.t('date_of_birth')
    tr._m(dfw)
    if p.nam:
        idl = 'NAM : %s   %s' % (tr.nam(p, rng.choice(['fullwidth', 'fw_spaced'])), tr.sex(p, 'fr' if lang == 'fr' else 'en'))
    else:
        idl = 'Health card: %s' % tr.ohip(p, 'fullwidth')
    ph = fullwidth(p.phone)
    tr.t('patient_contact')
    tr._m(ph)
    tr.dx('')
    if lang == 'fr':
        subj = 'Formulaire web — demande de rendez-vous (greffe)'
        body = ('Nouvelle soumission du formulaire « Demande de rendez-vous — clinique de greffe »\n\n'
                'Nom complet : %s\nDate de naissance : %s\n%s\nTéléphone : %s\n'
                'Motif : Je suis greffé(e) depuis 2019 et j\'ai de la fièvre et moins d\'urine depuis 2 jours. Mon médecin de famille '
                'est en vacances.\n\n-- Envoyé automatiquement par le portail patient' % (nm, dfw, idl, ph))
    else:
        subj = 'Web form - appointment request (transplant)'
        body = ('New submission of the form "Appointment request - transplant clinic"\n\nFull name: %s\nDate of birth: %s\n%s\n'
                'Phone: %s\nReason: I have had a kidney transplant since 2019 and I have fever and less urine for 2 days. '
                'My family doctor is on holiday.\n\n-- Sent automatically by the patient portal' % (nm, dfw, idl, ph))
    return spec(key, 'webform', lang, L(lang, 'soumission de formulaire web patient', 'patient web form submission'),
                ('Portail patient', 'ne-pas-repondre@portail.' + DOM), [GROUP['tx']], subj, body, dt, tr,
                charset='utf-8')


# ------------------------------------------------------------------ 33. chart number only
def t_mrn_only(ctx, rng, lang, key):
    tr = Track(lang)
    dt = mdate(rng)
    n = rng.randrange(1, 4)
    lines = []
    for _ in range(n):
        p = new_patient(rng, 'QC', lang)
        m = tr.mrn(p, rng.choice(['plain', 'spaced', 'dashed', 'digits', 'fullwidth']))
        lvl = num(tac_level(rng), lang)
        drug = '%s %s mg' % (rng.choice(['Advagraf', 'Envarsus', 'Prograf']), rng.choice(['1', '2', '3', '4', '5', '1,5' if lang == 'fr' else '1.5']))
        lines.append(L(lang, '#%s — %s, FK %s, créat %d → %s', '#%s - %s, tac %s, creat %d -> %s')
                     % (m, drug, lvl, rng.randrange(90, 260), rng.choice(L(lang, ['dose inchangée', '↓ 1 mg', '↑ 0,5 mg BID', 'refaire'],
                                                                         ['no change', 'decrease 1 mg', 'increase 0.5 mg BID', 'repeat']))))
    tr.lab(''), tr.med(''), tr.dx('')
    if lang == 'fr':
        subj = rng.choice(['FK à réviser', 'taux du jour', 'Ajustements greffe'])
        body = 'Taux d\'anticalcineurine (greffés) du jour, pour approbation :\n\n%s\n\n%s' % ('\n'.join(lines), staff('charette')['name'])
    else:
        subj = rng.choice(['Tac levels to review', 'today\'s levels', 'Transplant adjustments'])
        body = 'Today\'s calcineurin levels (transplant pts) for approval:\n\n%s\n\n%s' % ('\n'.join(lines), staff('charette')['name'])
    return spec(key, 'mrn_only', lang, L(lang, 'taux identifiés par numéro de dossier seulement', 'levels identified by chart number only'),
                person('charette'), [person('brisebois')], subj, body, dt, tr)


# ------------------------------------------------------------------ 34. eGFR trend spreadsheet
def t_trend_xlsx(ctx, rng, lang, key):
    tr = Track(lang)
    p = ctx.qc_patient(rng, lang, 0.75)
    dt = mdate(rng)
    rows = [L(lang, ['Date', 'Créatinine (µmol/L)', 'DFGe', 'RAC (mg/mmol)', 'K'], ['Date', 'Creatinine (umol/L)', 'eGFR', 'ACR (mg/mmol)', 'K'])]
    eg = egfr_series(rng, n=8)
    d0 = dt.date() - datetime.timedelta(days=7 * 30)
    for i, e in enumerate(eg):
        rows.append([(d0 + datetime.timedelta(days=30 * i)).isoformat(), creat_for(e, rng), e,
                     round(rng.uniform(20, 160), 1), round(rng.uniform(4.2, 5.9), 1)])
    nm = '%s %s' % (p.surname.upper(), p.given)
    tr.t('patient_name', 'lab_result', 'diagnosis')
    tr._m(nm)
    info = [[L(lang, 'Patient', 'Patient'), nm], [L(lang, 'Dossier', 'MRN'), p.mrn]]
    tr.t('mrn')
    tr._m(p.mrn)
    if p.nam:
        info += [['DDN' if lang == 'fr' else 'DOB', p.dob.isoformat()], ['NAM', p.nam], [L(lang, 'Sexe', 'Sex'), p.sex]]
        tr.t('date_of_birth', 'ramq_nam')
        tr.ids.append(('nam', p.nam))
        tr.nams.append(p.nam)
        tr._m(p.dob.isoformat())
        tr._m(p.nam)
    info.append([L(lang, 'Diagnostic', 'Diagnosis'), rng.choice(CAUSES)[0 if lang == 'fr' else 1]])
    data = A.xlsx([(L(lang, 'Identification', 'Patient'), info), (L(lang, 'Tendance DFGe', 'eGFR trend'), rows)], when=dt)
    fn = L(lang, 'tendance_DFGe_%s.xlsx', 'eGFR_trend_%s.xlsx') % p.mrn
    md = rng.choice(['vachon', 'asante', 'raman'])
    if lang == 'fr':
        subj = 'Tendance DFGe pour la réunion MRC'
        body = 'Bonjour,\n\nLe fichier de tendance demandé pour la discussion de cas de mercredi.\n\n%s' % signature('despres', 'fr', short=True)
    else:
        subj = 'eGFR trend for CKD rounds'
        body = 'Hi,\n\nThe trend file you asked for, for Wednesday\'s case discussion.\n\n%s' % signature('despres', 'en', short=True)
    return spec(key, 'trend_xlsx', lang, L(lang, 'tableur de tendance DFGe d\'un patient', 'single-patient eGFR trend workbook'),
                person('despres'), [person(md)], subj, body, dt, tr, atts=[A.att_xlsx(fn, data)])


# ------------------------------------------------------------------ 35. interpreter + social needs
def t_interpreter(ctx, rng, lang, key):
    tr = Track(lang)
    p = new_patient(rng, rng.choice(['QC', 'ON']), 'en', age_range=(35, 80))
    dt = mdate(rng)
    appt = later(dt, rng, 4, 20, hour=rng.choice([9, 10, 13, 14]))
    langue = rng.choice(L(lang, ['arabe', 'espagnol', 'dari', 'tigrigna', 'ukrainien'], ['Arabic', 'Spanish', 'Dari', 'Tigrinya', 'Ukrainian']))
    nm = tr.name(p, rng.choice(['full', 'title', 'last_first_mixed']))
    ph = tr.phone(p)
    tr.dx(''), tr.soc('')
    if lang == 'fr':
        subj = 'Interprète requis — clinique de greffe %s' % appt.strftime('%d/%m')
        body = ('Bonjour,\n\nNous avons besoin d\'un interprète en %s pour %s, le %s à %dh (visite pré-greffe, bilan du receveur). '
                'Personne arrivée récemment comme demandeur d\'asile, hébergée au YMCA; pas de carte d\'assurance maladie active '
                '(PFSI). Joignable au %s (cellulaire d\'un ami).\n\nDurée prévue : 90 minutes.\n\n%s'
                % (langue, nm, day_fr(appt.date()), appt.hour, ph, signature('carriere', 'fr')))
    else:
        subj = 'Interpreter needed - transplant clinic %s' % appt.strftime('%b %d')
        body = ('Hello,\n\nWe need a %s interpreter for %s on %s at %d:00 (pre-transplant recipient assessment). Recently arrived '
                'as an asylum claimant, staying at the YMCA shelter; no active provincial health card (IFHP). Reachable at %s '
                '(a friend\'s cell).\n\nExpected duration: 90 minutes.\n\n%s'
                % (langue, nm, day_en(appt.date()), appt.hour, ph, signature('carriere', 'en')))
    return spec(key, 'interpreter', lang, L(lang, 'demande d\'interprète avec situation sociale', 'interpreter request with social context'),
                person('carriere'), [('Banque d\'interprètes régionale', 'interpretes@bir-outaouais.example')], subj, body, dt, tr)


# ------------------------------------------------------------------ 36. living donor reimbursement (SIN)
def t_donor_reimb(ctx, rng, lang, key):
    tr = Track(lang)
    p = ctx.qc_patient(rng, lang, 0.6, age_range=(25, 64)) if lang == 'fr' else new_patient(rng, 'ON', lang, age_range=(25, 64))
    p.sin = make_sin(rng)
    dt = mdate(rng)
    nm = tr.name(p, rng.choice(['last_first', 'full']))
    dob = tr.dob(p, rng.choice(['iso', 'dmy']))
    sin = tr.sin(p, rng.choice(['spaced', 'plain', 'hyphen', 'fullwidth']))
    ad = tr.addr(p)
    extra = ''
    if p.nam:
        extra = '   NAM %s %s' % (tr.nam(p, 'hyphen'), tr.sex(p, 'paren'))
    elif p.ohip:
        extra = '   HN %s' % tr.ohip(p, 'novc')
    tr.dx(''), tr.soc('')
    nephx = rng.choice([L(lang, 'néphrectomie gauche laparoscopique', 'laparoscopic left nephrectomy')])
    surg = (dt - datetime.timedelta(days=rng.randrange(10, 40))).date()
    km = rng.randrange(80, 460)
    if lang == 'fr':
        lines = ['Programme de remboursement des dépenses des donneurs vivants — demande', '',
                 'Donneur : %s' % nm, 'Date de naissance : %s%s' % (dob, extra), 'NAS : %s' % sin, 'Adresse : %s' % ad,
                 'Chirurgie : %s le %s (CHU Laurentien)' % (nephx, date_fr(surg)),
                 'Perte de revenu : travailleur autonome, arrêt de 6 semaines', 'Kilométrage : %d km aller-retour x 7 visites' % km,
                 'Hébergement : 3 nuits', '', 'Attestation — coordination des dons vivants : ' + staff('orourke')['name']]
        subj = 'Demande de remboursement — donneur vivant'
        body = ('Bonjour,\n\nCi-joint la demande de remboursement (pièces justificatives numérisées). Le donneur attend le '
                'remboursement pour payer son loyer; serait-il possible de traiter en priorité?\n\n%s' % signature('orourke', 'fr'))
    else:
        lines = ['Living Organ Donor Expense Reimbursement - claim', '',
                 'Donor: %s' % nm, 'Date of birth: %s%s' % (dob, extra), 'SIN: %s' % sin, 'Address: %s' % ad,
                 'Surgery: %s on %s (CHU Laurentien)' % (nephx, date_en(surg)),
                 'Loss of income: self-employed, 6 weeks off', 'Mileage: %d km round trip x 7 visits' % km,
                 'Accommodation: 3 nights', '', 'Coordinator attestation: ' + staff('orourke')['name']]
        subj = 'Reimbursement claim - living donor'
        body = ('Hello,\n\nAttached is the reimbursement claim (receipts scanned). The donor is waiting for this to pay rent; '
                'could it be processed as a priority?\n\n%s' % signature('orourke', 'en'))
    fw = any(ord(c) > 0xff00 for c in sin)
    if fw:
        body = body.replace('\n\n', '\n\n' + '\n'.join(lines) + '\n\n', 1)
        atts = []
    elif rng.random() < 0.5:
        atts = [A.att_docx(L(lang, 'demande_remboursement_donneur.docx', 'donor_reimbursement_claim.docx'),
                           A.docx(lines[0], lines[2:], when=dt))]
    else:
        atts = [A.att_pdf(L(lang, 'demande_remboursement_donneur.pdf', 'donor_reimbursement_claim.pdf'), A.pdf(lines[0], lines[2:]))]
    return spec(key, 'donor_reimb', lang, L(lang, 'remboursement des dépenses d\'un donneur vivant', 'living donor expense claim'),
                person('orourke'), [('Programme de remboursement — donneurs', 'remboursement@dons-vivants.example')],
                subj, body, dt, tr, atts=atts)


TEMPLATES = [
    (t_ics_biopsy, 3), (t_vcard, 3), (t_zip, 3), (t_fwd_eml, 4), (t_hla, 3), (t_viral, 3), (t_esa, 3),
    (t_access, 3), (t_rebook, 3), (t_pd_supply, 3), (t_deceased, 3), (t_webform, 4), (t_mrn_only, 4),
    (t_trend_xlsx, 3), (t_interpreter, 3), (t_donor_reimb, 3),
]
