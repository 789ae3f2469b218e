"""Positive templates, part 2: recall call lists, patient receipts, OAT coordination,
home-care blister packs, forwarded patient mail, TDM, anticoagulation rosters."""
import datetime as _dt

import gen_attach as A
import gen_common as C
import gen_data as D
import gen_mime as M
from gen_base import join


def inner_eml(c, subject, text, from_, to, when, mode='plain'):
    rng = c.rng
    spec = {'lang': c.lang, 'from_': from_, 'to': to, 'subject': subject, 'text': text, 'mode': mode,
            'date': when, 'msgid': '<%08x.%d@%s>' % (rng.getrandbits(32), c.idx, from_[1].split('@')[-1]),
            'attachments': [], 'headers': []}
    return M.build_message(spec, rng, 'i%d' % c.idx)


# ------------------------------------------------------------------ 8
def recall_calllist(c):
    region = c.set_region()
    ph = c.pharmacy()
    mgr = c.pharmacist()
    tech = c.staff()
    d = D.drug_by(c.choice(['metformin', 'ramipril', 'amlodipine', 'levothyroxine']))
    lot = '%s%d%s' % (c.choice(['AB', 'K', 'LT', 'R']), c.rng.randrange(10000, 99999), c.choice(['', 'A', 'C']))
    n = c.rng.randrange(4, 11)
    use_nam = region == 'QC' and c.chance(0.7)
    pts = []
    for i in range(n):
        pts.append(c.patient(nam=use_nam and c.chance(0.35), min_age=30))
    c.t('patient_name', 'medication', 'patient_contact')
    hdr = [c.L('Nom', 'Name'), c.L('Prénom', 'First name'), c.L('Téléphone', 'Phone'),
           c.L('Date service', 'Fill date'), c.L('Médicament', 'Drug'), 'Lot', c.L('Appelé?', 'Called?')]
    with_dob = c.chance(0.5)
    with_nam = any(p.get('nam') for p in pts)
    if with_dob:
        hdr.insert(2, c.L('DDN', 'DOB'))
        c.t('date_of_birth')
    if with_nam:
        hdr.insert(2, 'NAM')
        c.t('ramq_nam')
    rows = [hdr]
    for p in pts:
        r = [p['surname'], p['given'], p['tel'], C.fmt_date(c.days(-c.rng.randrange(5, 60)), c.lang, 1),
             D.drug_line(d, c.lang, c.rng, False), lot, '']
        if with_dob:
            r.insert(2, p['dob'].isoformat())
        if with_nam:
            r.insert(2, p.get('nam', ''))
        rows.append(r)
    csvtxt = A.make_csv(rows, delimiter=c.choice([',', ';']))
    fname = c.L('rappel_lot_%s_patients_à_appeler.csv', 'recall_%s_patient_list.csv') % lot
    atts = []
    if c.chance(0.4):
        z = A.make_zip([(fname, csvtxt.encode('utf-8'))])
        atts.append({'filename': fname.replace('.csv', '.zip'), 'ctype': 'application/zip', 'data': z})
        pw = c.L('(mot de passe par texto)', '(password by text)') if c.chance(0.3) else ''
    else:
        atts.append({'filename': fname, 'ctype': 'text/csv', 'text': csvtxt})
        pw = ''
    body = c.L(
        "Suite à l'avis de rappel du fabricant (lot %s de %s), voici la liste des patients qui ont reçu ce lot. "
        "Merci d'appeler chacun aujourd'hui, de proposer l'échange et de cocher la colonne « Appelé? ». %s"
        % (lot, d[1], pw),
        "Following the manufacturer recall (lot %s of %s), attached is the list of patients who received that "
        "lot. Please call each one today, offer an exchange and tick the 'Called?' column. %s" % (lot, d[0], pw))
    text = join(c.greet(tech), body, c.close(), mgr['full'] + '\n' + ph['name'])
    subj = c.L('Rappel lot %s - patients à contacter', 'Recall lot %s - patients to call') % lot
    return c.spec('recall_calllist', subj, text, (mgr['full'], c.addr_of(mgr, ph['domain'])),
                  [(tech['full'], c.addr_of(tech, ph['domain']))], attachments=atts,
                  note='recall call list with patient names and phones')


# ------------------------------------------------------------------ 9
def patient_receipt(c):
    region = c.set_region()
    ph = c.pharmacy()
    rx = c.pharmacist()
    p = c.patient(nam=region == 'QC' and c.chance(0.5), min_age=20)
    meds = c.rng.sample(D.DRUGS[:8] + D.DRUGS[20:25], c.rng.randrange(1, 5))
    c.t('patient_name', 'medication')
    rows = [['DIN', c.L('Médicament', 'Drug'), c.L('Qté', 'Qty'), c.L('Coût', 'Cost'), c.L('Honoraires', 'Fee'),
             c.L('Payé par assureur', 'Paid by plan'), c.L('Part patient', 'Patient pays')]]
    total = 0
    for d in meds:
        cost = c.rng.randrange(800, 16000) / 100
        fee = c.choice([8.99, 9.47, 10.5, 12.15])
        share = round((cost + fee) * c.choice([0.2, 0.32, 0.0, 1.0]), 2)
        total += share
        rows.append([D.din(c.rng), D.drug_line(d, c.lang, c.rng, False), str(c.choice([30, 90, 100])),
                     '%.2f' % cost, '%.2f' % fee, '%.2f' % (cost + fee - share), '%.2f' % share])
    lines = [c.L('Reçu pour fins d\'impôt / assurances', 'Receipt for tax / insurance purposes'),
             c.L('Client : ', 'Patient: ') + c.name(p, 0), c.fmt_address(p['adr'])]
    c.t('patient_contact')
    if p.get('nam') and c.chance(0.7):
        lines.append('NAM : ' + p['nam'])
        c.t('ramq_nam')
    lines.append(c.L('Période : ', 'Period: ') + '%s - %s' % (C.fmt_date(c.days(-365), c.lang, 1),
                                                              C.fmt_date(c.days(-1), c.lang, 1)))
    lines.append(c.L('Total payé par le client : %.2f $', 'Total paid by patient: $%.2f') % total)
    fname = c.choice([c.L('reçu_%s_%d.pdf', 'receipt_%s_%d.pdf') % (p['surname'].lower(), c.today.year),
                      c.L('relevé_annuel_%d.pdf', 'annual_statement_%d.pdf') % (c.today.year - 1)])
    atts = [{'filename': fname, 'ctype': 'application/pdf',
             'data': A.make_pdf(ph['name'], lines, compress=c.chance(0.6), table=rows,
                                footer='%s - %s' % (ph['street'], ph['city']))}]
    body = c.L(
        "Tel que demandé au téléphone, voici votre relevé annuel de médicaments pour votre déclaration de "
        "revenus (frais médicaux). N'hésitez pas si vous avez besoin d'une copie papier.",
        "As requested on the phone, here is your annual prescription receipt for your tax return (medical "
        "expenses). Let us know if you need a paper copy.")
    text = join(c.L('Bonjour %s,', 'Hello %s,') % c.name(p, 5), body, c.close(), c.signature(rx, ph, lic=False))
    subj = c.L('Votre relevé de médicaments', 'Your prescription receipt') + c.choice(['', ' %d' % (c.today.year - 1)])
    return c.spec('patient_receipt', subj, text, (ph['name'], c.generic_addr('info', ph['domain'])),
                  [(c.name(p, 0), p['email'])], attachments=atts,
                  note='pharmacy receipt to patient listing medications and address')


# ------------------------------------------------------------------ 10
def oat_coordination(c):
    region = c.set_region()
    ph = c.pharmacy()
    rx = c.pharmacist()
    worker = c.staff()
    org = c.choice([dict(name=c.L('Refuge La Traverse', 'Harbourlight Shelter'), domain='refuge-traverse.example'),
                    dict(name=c.L('CRD Le Tremplin (dépendances)', 'Bridgeway Addiction Services'),
                         domain='bridgeway-as.example'),
                    dict(name=c.L('Centre de détention de la Rive', 'Riverside Correctional Centre'),
                         domain='riverside-cc.example')])
    p = c.patient(nam=region == 'QC' and c.chance(0.45), min_age=20, max_age=60)
    d = D.drug_by(c.choice(['methadone', 'buprenorphine-naloxone']))
    dose = c.choice(['60 mg', '85 mg', '110 mg']) if d[0] == 'methadone' else c.choice(['12 mg', '16 mg', '24 mg'])
    c.t('patient_name', 'medication', 'social_information', 'diagnosis')
    sit = c.choice([
        (c.L('est présentement sans logement et hébergé au refuge depuis le %s',
             'is currently homeless and staying at the shelter since %s'), 'shelter'),
        (c.L('sort de détention le %s (libération conditionnelle)', 'is being released from custody on %s (parole)'),
         'release'),
        (c.L('a été expulsé de son logement le %s et vit dans sa voiture', 'was evicted on %s and is living in their car'),
         'evicted')])
    when = C.fmt_date(c.days(c.rng.randrange(-10, 5)), c.lang, 0)
    ident = c.name(p, c.choice([0, 1, 7, 6]))
    bits = []
    if p.get('nam'):
        bits.append(c.L('NAM ', 'RAMQ ') + c.nam(p))
        c.t('ramq_nam')
    if c.chance(0.5):
        bits.append(c.L('DDN ', 'DOB ') + c.dob(p))
        c.t('date_of_birth')
    if p.get('ohip') and c.chance(0.5):
        bits.append('OHIP ' + C.fmt_ohip(p['ohip'], c.rng))
        c.t('ca_health_number')
    if bits:
        ident += ' (' + ', '.join(bits) + ')'
    body = c.L(
        "Je vous écris concernant %s, suivi%s pour un trouble lié à l'usage des opioïdes, qui %s. "
        "Dose actuelle de %s : %s, prise observée quotidienne; pas de doses à emporter pour l'instant. "
        "Dernière dose servie chez nous : %s. Pouvez-vous confirmer qui viendra avec %s et si vous pouvez "
        "garder la carte d'identité?" % (ident, c.g(p, '', 'e'), (sit[0] % when).replace('hébergé', c.g(p, 'hébergé', 'hébergée')).replace('expulsé', c.g(p, 'expulsé', 'expulsée')), d[1], dose, C.fmt_date(c.days(-1), 'fr', 0), c.g(p, 'lui', 'elle')),
        "Writing about %s, on treatment for opioid use disorder, who %s. Current %s dose: %s, daily witnessed, "
        "no carries for now. Last dose dispensed here: %s. Could you confirm who will accompany them and "
        "whether you can hold their ID?" % (ident, sit[0] % when, d[0], dose, C.fmt_date(c.days(-1), 'en', 0)))
    if c.chance(0.4):
        if region == 'QC':
            body += '\n\n' + c.L('Prestataire de l\'aide sociale : couvert par le carnet de réclamation.',
                                 'On social assistance (carnet de réclamation), no copay.')
        else:
            body += '\n\n' + c.L('Prestataire d\'Ontario au travail : carte ODB au dossier, aucune quote-part.',
                                 'On Ontario Works - ODB card on file, no copay.')
    text = join(c.greet(worker), body, c.close(), c.signature(rx, ph))
    subj = c.choice([c.L('TAO - %s', 'OAT - %s') % c.name(p, c.choice([2, 4, 6])),
                     c.L('Continuité méthadone / sortie', 'Methadone continuity'),
                     c.L('Suivi TAO', 'OAT follow-up')])
    return c.spec('oat_coordination', subj, text, (rx['full'], c.addr_of(rx, ph['domain'])),
                  [(worker['full'], c.addr_of(worker, org['domain']))],
                  note='opioid agonist treatment coordination with social situation (%s)' % sit[1])


# ------------------------------------------------------------------ 11
def blister_homecare(c):
    region = c.set_region()
    ph = c.pharmacy()
    rx = c.pharmacist()
    nurse = c.staff()
    clsc = dict(name=c.L('CLSC de la Haute-Rivière – Soutien à domicile', 'Home & Community Care - Champlain'),
                domain=c.L('clsc-hauteriviere.example', 'hcc-champlain.example'), area='418')
    p = c.patient(nam=region == 'QC' and c.chance(0.4), min_age=65)
    meds = c.rng.sample(D.DRUGS[:8] + D.DRUGS[27:29], c.rng.randrange(3, 7))
    c.t('patient_name', 'medication', 'patient_contact')
    social = c.chance(0.6)
    if social:
        c.t('social_information')
    medtxt = '\n'.join('  • ' + D.drug_line(d, c.lang, c.rng) for d in meds)
    adr = c.fmt_address(p['adr'])
    body = c.L(
        "Nouvelle demande de pilulier hebdomadaire (Dispill) pour %s, %s, tél. %s.%s\nMédication actuelle :\n%s\n"
        "Livraison le %s entre 13 h et 16 h; la clé est dans la boîte à lait."
        % (c.name(p, c.choice([0, 7])), adr, p['tel'],
           (' Vit seul%s, pas de proche aidant, troubles cognitifs légers.' % ('e' if p['sex'] == 'F' else '')) if social else '',
           medtxt, C.fmt_day(c.days(3), 'fr')),
        "New weekly blister pack request for %s, %s, phone %s.%s\nCurrent meds:\n%s\nDeliver %s between 1 and "
        "4 pm; key is in the lockbox (code given by phone)."
        % (c.name(p, c.choice([0, 7])), adr, p['tel'],
           ' Lives alone, no caregiver, mild cognitive impairment.' if social else '', medtxt, C.fmt_day(c.days(3), 'en')))
    atts = []
    if c.chance(0.5):
        atts.append({'filename': '%s_%s.vcf' % (p['surname'], p['given']), 'ctype': 'text/vcard',
                     'text': A.make_vcard(p['given'], p['surname'], tel_home=p['tel'], adr=p['adr'],
                                          note=c.L('Livraison pilulier – SAD', 'Blister delivery - home care'),
                                          bday=p['dob'] if c.chance(0.5) else None)})
        if 'BDAY' in atts[-1]['text']:
            c.t('date_of_birth')
    if p.get('nam'):
        body += '\n' + 'NAM : ' + c.nam(p) if c.fr else '\nRAMQ: ' + c.nam(p)
        c.t('ramq_nam')
    text = join(c.greet(rx), body, c.close(), c.signature(nurse, clsc, role=c.L('Infirmière clinicienne SAD', 'Care coordinator')))
    subj = c.choice([c.L('Demande pilulier - %s', 'Blister pack request - %s') % p['surname'],
                     c.L('Nouveau client SAD', 'New home care client'), c.L('Dispill', 'Compliance packaging')])
    return c.spec('blister_homecare', subj, text, (nurse['full'], c.addr_of(nurse, clsc['domain'])),
                  [(ph['name'], c.generic_addr('pilulier' if c.fr else 'blisters', ph['domain']))],
                  attachments=atts, note='home care blister pack request with address')


# ------------------------------------------------------------------ 12
def patient_mail_forward(c):
    region = c.set_region()
    ph = c.pharmacy()
    rx = c.pharmacist()
    doc = c.doctor()
    cl = c.clinic()
    p = c.patient(nam=False, min_age=20)
    d = D.drug_by(c.choice(['amlodipine', 'sertraline', 'metformin', 'atorvastatin', 'methotrexate']))
    c.t('patient_name', 'medication')
    se = {'amlodipine': ('les chevilles enflées', 'swollen ankles'), 'sertraline': ('des nausées et je dors mal', 'nausea and trouble sleeping'),
          'metformin': ('la diarrhée tous les jours', 'diarrhea every day'), 'atorvastatin': ('mal aux muscles des jambes', 'muscle pain in my legs'),
          'methotrexate': ('des ulcères dans la bouche', 'mouth sores')}[d[0]]
    sign_phone = c.chance(0.6)
    ptxt = c.L(
        "Bonjour,\n\nJe prends %s depuis 3 semaines et j'ai %s. Est-ce normal? Est-ce que je peux arrêter? "
        "Mon médecin est le Dr %s mais je n'arrive pas à avoir de rendez-vous.\n\nMerci\n%s%s"
        % (d[1], se[0], doc['surname'], p['given'] + ' ' + p['surname'], ('\n' + p['cell']) if sign_phone else ''),
        "Hello,\n\nI've been taking %s for 3 weeks and I have %s. Is that normal? Can I stop it? My doctor is "
        "Dr. %s but I can't get an appointment.\n\nThanks\n%s%s"
        % (d[0], se[1], doc['surname'], p['given'] + ' ' + p['surname'], ('\n' + p['cell']) if sign_phone else ''))
    if sign_phone:
        c.t('patient_contact')
    psubj = c.L('question médicament', 'question about my medication')
    pfrom = (p['given'] + ' ' + p['surname'], p['email'])
    when = c.earlier(3, 48)
    note_txt = c.L(
        "Voir le courriel de votre %s {WHERE}. Effet indésirable probable; je lui ai conseillé "
        "de ne pas cesser sans vous en parler. Une réévaluation serait souhaitable.",
        "See your patient's e-mail {WHERE}. Probable side effect; I advised not to stop without talking "
        "to you first. A review would be appreciated.")
    if c.fr:
        note_txt = note_txt % c.g(p, 'patient', 'patiente')
    atts = []
    if c.chance(0.55):
        eml = inner_eml(c, psubj, ptxt, pfrom, [(ph['name'], c.generic_addr('info', ph['domain']))], when)
        atts.append({'kind': 'rfc822', 'data': eml,
                     'filename': (psubj + '.eml') if c.chance(0.5) else None})
        text = join(c.greet(doc), note_txt.replace('{WHERE}', c.L('ci-joint', 'attached')), c.close(), c.signature(rx, ph))
        nt = 'patient e-mail attached as message/rfc822'
    else:
        fw = c.forward_head('%s <%s>' % pfrom, when, c.generic_addr('info', ph['domain']), psubj)
        text = join(c.greet(doc), note_txt.replace('{WHERE}', c.L('ci-dessous', 'below')), c.close(), c.signature(rx, ph),
                    fw + '\n' + ptxt)
        nt = 'patient e-mail forwarded inline'
    subj = c.L('TR: ', 'Fwd: ') + psubj
    return c.spec('patient_mail_forward', subj, text, (rx['full'], c.addr_of(rx, ph['domain'])),
                  [(doc['disp'], c.addr_of(doc, cl['domain']))], attachments=atts, note=nt)


# ------------------------------------------------------------------ 13
def tdm_pharmacokinetics(c):
    region = c.set_region()
    h = c.hospital()
    res = c.pharmacist(hosp=True)
    att = c.pharmacist(hosp=True)
    md = c.doctor(c.L('microbiologiste-infectiologue', 'ID physician'))
    p = c.patient(nam=region == 'QC' and c.chance(0.3), min_age=25, hosp=h)
    c.t('medication', 'lab_result', 'mrn')
    drug = c.choice(['vancomycin', 'gentamicin'])
    room = '%d%s' % (c.rng.randrange(2, 9) * 100 + c.rng.randrange(1, 40), c.choice(['', '-A', '-B', 'B']))
    dx = c.choice([('ostéomyélite', 'osteomyelitis'), ('bactériémie à SARM', 'MRSA bacteremia'),
                   ('endocardite', 'endocarditis'), ('pyélonéphrite', 'pyelonephritis')])
    c.t('diagnosis')
    if drug == 'vancomycin':
        lvl = c.rng.randrange(60, 180) / 10
        auc = c.rng.randrange(300, 700)
        labs = c.L('Vanco résiduelle %s mg/L, ASC estimée %d; créat %d µmol/L (base %d)',
                   'Vanco trough %s mg/L, estimated AUC %d; creat %d umol/L (baseline %d)') % (
            str(lvl).replace('.', ',') if c.fr else lvl, auc, c.rng.randrange(70, 180), c.rng.randrange(60, 100))
        plan = c.L('Proposition : 1,25 g IV q12h, prochain dosage avant la 4e dose.',
                   'Plan: 1.25 g IV q12h, repeat level before 4th dose.')
    else:
        lvl = c.rng.randrange(5, 25) / 10
        labs = c.L('Genta creux %s mg/L, pic %s; créat %d', 'Gent trough %s mg/L, peak %s; creat %d') % (
            str(lvl).replace('.', ',') if c.fr else lvl, c.rng.randrange(5, 12), c.rng.randrange(70, 180))
        plan = c.L('Proposition : prolonger l\'intervalle à q36h.', 'Plan: extend interval to q36h.')
    if c.chance(0.7):
        ident = '%s – %s – %s %s' % (room, c.name(p, c.choice([1, 6, 2])), c.L('dossier', 'MRN'), c.mrn(p))
        c.t('patient_name')
    else:  # chart number only, no name
        ident = '%s – %s %s' % (room, c.L('dossier', 'MRN'), c.mrn(p))
    if p.get('nam') and c.chance(0.8):
        ident += ' – NAM ' + c.nam(p)
        c.t('ramq_nam')
    body = join(ident, c.L('Dx : ', 'Dx: ') + (dx[0] if c.fr else dx[1]), labs, plan)
    text = join(c.greet(md), body, c.L('Je passe %s voir vers 14 h.' % c.g(p, 'le', 'la'), 'Will stop by around 2 pm.')
                if c.chance(0.5) else '',
                res['full'] + '\n' + c.L(c.g(res, 'Résident en pharmacie', 'Résidente en pharmacie'), 'PharmD resident')
                + '\n' + h['name'])
    subj = c.choice([c.L('Dosage %s - ch. %s', '%s level - rm %s') % (c.L('vanco', 'vanco') if drug == 'vancomycin' else 'genta', room),
                     c.L('Suivi PK', 'PK follow-up') + ((' ' + p['surname']) if 'patient_name' in c.types else ''),
                     c.L('Pharmacocinétique', 'Pharmacokinetics')])
    return c.spec('tdm_pharmacokinetics', subj, text, (res['full'], c.addr_of(res, h['domain'])),
                  [(md['disp'], c.addr_of(md, h['domain']))], cc=[(att['full'], c.addr_of(att, h['domain']))],
                  note='hospital pharmacy TDM with MRN and levels')


# ------------------------------------------------------------------ 14
def anticoag_roster(c):
    region = c.set_region()
    org = c.hospital() if c.chance(0.5) else c.pharmacy()
    rx = c.pharmacist(hosp='mrn_len' in org)
    col = c.pharmacist(hosp='mrn_len' in org)
    n = c.rng.randrange(5, 13)
    use_nam = region == 'QC' and c.chance(0.5)
    pts = [c.patient(nam=use_nam and c.chance(0.6), min_age=45) for _ in range(n)]
    c.t('patient_name', 'lab_result', 'medication')
    hdr = [c.L('Patient', 'Patient'), c.L('DDN', 'DOB'), c.L('Anticoagulant', 'Anticoagulant'), 'INR', c.L('Date INR', 'INR date'),
           c.L('Dose hebdo (mg)', 'Weekly dose (mg)'), c.L('Nouvelle dose', 'New dose'), c.L('Prochain INR', 'Next INR')]
    ident_col = None
    if use_nam and any(p.get('nam') for p in pts):
        ident_col = 'NAM'
        c.t('ramq_nam')
    elif region == 'ON' and c.chance(0.6):
        ident_col = 'HCN'
        c.t('ca_health_number')
    if ident_col:
        hdr.insert(1, ident_col)
    c.t('date_of_birth')
    rows = [hdr]
    for p in pts:
        inr = round(c.rng.uniform(1.4, 4.2), 1)
        wk = c.choice([17.5, 20, 25, 30, 35, 42.5])
        new = wk if 2 <= inr <= 3 else (wk + 2.5 if inr < 2 else wk - 2.5)
        r = [c.name(p, c.choice([1, 2, 6])), p['dob'].isoformat(), c.choice([c.L('warfarine', 'warfarin'), 'Coumadin']), inr, C.fmt_date(c.days(-c.rng.randrange(0, 3)), c.lang, 1),
             wk, new, C.fmt_date(c.days(c.rng.randrange(7, 29)), c.lang, 1)]
        if ident_col == 'NAM':
            r.insert(1, p.get('nam', ''))
        elif ident_col == 'HCN':
            r.insert(1, C.fmt_ohip(p.get('ohip', C.make_ohip(c.rng)), c.rng, version=False))
        rows.append(r)
    fname = c.L('clinique_anticoagulothérapie_%s.xlsx', 'anticoag_clinic_%s.xlsx') % c.today.strftime('%Y-%m-%d')
    atts = [{'filename': fname, 'ctype': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
             'data': A.make_xlsx([(c.L('INR semaine', 'INR week'), rows)], author=rx['full'])}]
    body = c.L("Voici le suivi INR de la semaine. Les ajustements en jaune sont à confirmer; 2 patients n'ont pas fait "
               "leur prise de sang (à relancer).",
               "Here is this week's INR list. Dose changes still need your sign-off; 2 patients missed their "
               "blood work (to call back).")
    text = join(c.greet(col), body, c.close(), rx['full'])
    subj = c.L('Clinique d\'anticoagulation - semaine du %s', 'Anticoag clinic - week of %s') % C.fmt_date(c.today, c.lang, 1)
    return c.spec('anticoag_roster', subj, text, (rx['full'], c.addr_of(rx, org['domain'])),
                  [(col['full'], c.addr_of(col, org['domain']))], attachments=atts,
                  note='anticoagulation clinic roster spreadsheet')
