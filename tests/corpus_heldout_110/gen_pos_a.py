"""Positive templates, part A: bookings, orders, referrals, follow-ups, subject/file-name leaks."""
from gen_common import (L, HOSPITALS, CLINICS, MEDS, actor, address, closing, fdate, fday, greet, hosp, clinic,
                        oname, phone, phone_fmt, sup, time_str, work_day, ORG_BY_KEY, make_mrn, fmt_nam)
from gen_tpl import (mail, mailbox, nm, dob, dx, med, later, re_subj, fw_subj, reply, forward_inline, ascii_fname,
                     who)
import gen_files as F
import gen_mime as M


def T(*ts):
    out = []
    for t in ts:
        if t and t not in out:
            out.append(t)
    return out


def R(cat, types, note, m):
    return dict(cat=cat, types=types, note=note, mail=m)


SERVICES = {
    'esrd': ("l'unité d'hémodialyse", 'the hemodialysis unit'), 'copd': ('la clinique de pneumologie', 'the respiratory clinic'),
    'dementia': ('la clinique de gériatrie', 'the geriatric clinic'), 'stroke': ('la réadaptation externe', 'outpatient rehab'),
    'para': ('la clinique des plaies', 'the wound care clinic'), 'lungca': ('la radio-oncologie', 'radiation oncology'),
    'hip': ("la clinique d'orthopédie", 'the orthopedic clinic'), 'ms': ('la clinique de neurologie', 'the neurology clinic'),
    'chf': ("la clinique d'insuffisance cardiaque", 'the heart failure clinic'), 'ipf': ('la clinique de pneumologie', 'the respiratory clinic'),
    'als': ('la clinique SLA', 'the ALS clinic'), 'foot': ('la clinique du pied diabétique', 'the diabetic foot clinic'),
    'cp': ('la clinique de réadaptation pédiatrique', 'the paediatric rehab clinic'),
    'bpd': ('la clinique de pneumologie pédiatrique', 'the paediatric respiratory clinic'),
}
MOBILITY = [('civière', 'stretcher'), ('fauteuil roulant', 'wheelchair'), ('assis, avec marchette', 'seated, uses a walker'),
            ('civière bariatrique', 'bariatric stretcher')]
EXTRAS = [('oxygène 2 L/min par lunette nasale pendant le trajet', 'oxygen 2 L/min by nasal cannula during the trip'),
          ('accompagnement requis (désorientation)', 'escort required (disoriented)'),
          ('isolement contact – SARM positif', 'contact precautions – MRSA positive'),
          ('ne parle que le portugais, sa fille sera présente', 'speaks Portuguese only, daughter will be present'),
          ('3e étage sans ascenseur', 'third-floor walk-up, no elevator'), ('', '')]


# ---------------------------------------------------------------- P1
def p_transport_booking(w, rng, lang):
    day = work_day(rng)
    h = hosp(rng)
    snd = actor(w, h, lang, 'hospital')
    s = sup(rng.choice(['ambulance', 'adapted', 'adapted']), rng)
    use_nam = rng.random() < 0.55
    p = w.nam_patient(min_age=18) if use_nam else w.patient(0.3, min_age=18)
    k = rng.choice(['esrd', 'copd', 'dementia', 'stroke', 'para', 'lungca', 'hip', 'ms', 'chf'])
    appt = later(day, rng.randrange(1, 9))
    dest = rng.choice(HOSPITALS)
    mob = rng.choice(MOBILITY)
    ex = rng.choice(EXTRAS)
    addr = address(rng, lang)
    ph = phone(rng)
    t = time_str(rng, lang)
    svc = SERVICES[k]
    ds = rng.randrange(4)
    if rng.random() < 0.6:
        body = L(lang,
                 '%s\n\n%s\n\nPatient : %s\nDate de naissance : %s\n%sAdresse de prise en charge : %s\nTéléphone : %s\n'
                 'Rendez-vous : %s à %s, %s (%s)\nType de transport : %s\nRetour : %s\nParticularités : %s%s\n\n%s\n%s',
                 '%s\n\n%s\n\nPatient: %s\nDOB: %s\n%sPickup address: %s\nPhone: %s\n'
                 'Appointment: %s at %s, %s (%s)\nTransport type: %s\nReturn trip: %s\nNotes: %s%s\n\n%s\n%s') % (
            greet(rng, lang),
            rng.choice(L(lang, ['Pourriez-vous planifier le transport suivant?', 'Voici une demande de transport pour une de nos patientes.' if p.sex == 'F' else 'Voici une demande de transport pour un de nos patients.',
                                'SVP réserver un transport aller-retour :'],
                         ['Could you please book the following transport?', 'Please find below a transport request.',
                          'Please book a round trip for:'])),
            nm(p, lang, rng.choice([0, 1, 2, 7])), dob(p, lang, ds),
            (L(lang, 'NAM : ', 'RAMQ: ') + fmt_nam(p.nam, rng.choice([0, 0, 1, 2])) + '\n') if use_nam else '',
            addr, phone_fmt(ph, rng.randrange(4)), fday(appt, lang), t, svc[0 if lang == 'fr' else 1], oname(dest, lang),
            mob[0 if lang == 'fr' else 1],
            rng.choice(L(lang, ['oui, vers 15h', 'oui, à confirmer par l\'unité', 'non (admission prévue)'],
                             ['yes, around 3 p.m.', 'yes, unit will call', 'no (planned admission)'])),
            dx(k, lang), ('; ' + (ex[0] if lang == 'fr' else ex[1])) if ex[0] else '',
            closing(rng, lang), snd['sig'])
    else:
        body = L(lang,
                 '%s\n\nJ\'aurais besoin d\'un transport en %s pour %s (né%s le %s%s), qui demeure au %s. '
                 'Rendez-vous le %s à %s à %s (%s). %s est suivi%s pour %s.%s\n\nOn peut joindre la famille au %s.\n\n%s\n%s',
                 '%s\n\nI need a %s transport for %s (DOB %s%s), who lives at %s. The appointment is %s at %s at %s, %s. '
                 'Followed for %s.%s\n\nFamily can be reached at %s.\n\n%s\n%s') % (
            (greet(rng, lang), mob[0], nm(p, lang, 1), 'e' if p.sex == 'F' else '', dob(p, lang, ds),
             (', NAM ' + fmt_nam(p.nam, rng.randrange(3))) if use_nam else '', addr, fday(appt, lang), t,
             svc[0], oname(dest, lang), 'Elle' if p.sex == 'F' else 'Il', 'e' if p.sex == 'F' else '', dx(k, lang),
             (' ' + ex[0].capitalize() + '.') if ex[0] else '', phone_fmt(ph, 1), closing(rng, lang), snd['sig'])
            if lang == 'fr' else
            (greet(rng, lang), mob[1], nm(p, lang, 1), dob(p, lang, ds), (', RAMQ ' + fmt_nam(p.nam, rng.randrange(3))) if use_nam else '',
             addr, fday(appt, lang), t, svc[1], oname(dest, lang), dx(k, lang), (' ' + ex[1].capitalize() + '.') if ex[1] else '',
             phone_fmt(ph, 1), closing(rng, lang), snd['sig']))
    subj = rng.choice(L(lang, ['Demande de transport – %s' % fdate(appt, lang), 'Transport %s %s' % (mob[0], fdate(appt, lang, 2)),
                               'Réservation transport RDV %s' % fdate(appt, lang, 1)],
                        ['Transport request - %s' % fdate(appt, lang), 'Booking: %s %s' % (mob[1], fdate(appt, lang, 1)),
                         'New transport booking']))
    m = mail(rng, snd, [mailbox(s, rng)], subj, body, day, lang)
    return R('transport_booking', T('patient_name', 'ramq_nam' if use_nam else None, 'date_of_birth', 'patient_contact', 'diagnosis'),
             'transport booking with identity, address and reason for care', m)


# ---------------------------------------------------------------- P2
def p_transport_html_table(w, rng, lang):
    day = work_day(rng)
    s = sup('adapted', rng) if rng.random() < 0.7 else sup('ambulance', rng)
    snd = actor(w, s, lang)
    h = hosp(rng)
    rcpt = actor(w, h, lang, 'hospital')
    nxt = later(day, 1)
    rows = []
    remarks = [('hémodialyse, fauteuil roulant', 'hemodialysis, wheelchair'), ('amputé MID, transfert 1 personne', 'left BKA, 1-person transfer'),
               ('O2 2 L, MPOC', 'O2 2 L, COPD'), ('démence – ne pas laisser seul(e)', 'dementia - do not leave alone'),
               ('chimio, nausées ++', 'chemo, very nauseous'), ('aveugle, accompagnateur', 'blind, with escort'),
               ('post-AVC, marchette', 'post-stroke, walker'), ('SARM, isolement', 'MRSA, isolation')]
    n = rng.randrange(4, 7)
    for i in range(n):
        p = w.patient(0.35, min_age=30)
        r = rng.choice(remarks)
        rows.append([time_str(rng, lang, 6 + i, rng.choice([0, 15, 30, 45])), nm(p, lang, rng.choice([0, 2, 4, 5])),
                     address(rng, lang), rng.choice([oname(h, lang), oname(rng.choice(HOSPITALS), lang)]),
                     r[0] if lang == 'fr' else r[1]])
    hdr = L(lang, ['Heure', 'Client', 'Adresse', 'Destination', 'Remarques'], ['Time', 'Client', 'Address', 'Destination', 'Notes'])
    intro = L(lang, '%s\n\nVoici la confirmation des transports de demain (%s) pour votre unité. Merci de nous aviser de toute annulation avant 18h.' %
              (greet(rng, lang), fday(nxt, lang)),
              '%s\n\nHere are tomorrow\'s (%s) confirmed pickups for your unit. Please advise of any cancellation before 6 p.m.' %
              (greet(rng, lang), fday(nxt, lang)))
    text = intro + '\n\n' + '\n'.join(' | '.join(r) for r in rows) + '\n\n' + closing(rng, lang) + '\n' + snd['sig']
    html = M.text_to_html(intro, rng) .replace('</body>', M.html_table(hdr, rows) + '\n<p>' +
                                               closing(rng, lang) + '<br>\n' + snd['sig'].replace('\n', '<br>\n') + '</p>\n</body>')
    subj = L(lang, 'Confirmation transports %s' % fdate(nxt, lang, 2), 'Pickup confirmations for %s' % fdate(nxt, lang, 1))
    form = rng.choice(['html', 'alt'])
    m = mail(rng, snd, [rcpt], subj, text, day, lang, html=html, form=form)
    return R('transport_html_table', ['patient_name', 'patient_contact', 'diagnosis'],
             'HTML table of next-day pickups with names, addresses and conditions', m)


# ---------------------------------------------------------------- P3
def p_oxygen_order(w, rng, lang):
    day = work_day(rng)
    org = rng.choice(HOSPITALS + [ORG_BY_KEY['cliresp'], ORG_BY_KEY['cliresp']])
    snd = actor(w, org, lang, 'hospital')
    snd_role = L(lang, 'Inhalothérapeute', 'Respiratory therapist')
    s = sup('oxygen', rng)
    use_nam = rng.random() < 0.7
    p = w.nam_patient(min_age=40) if use_nam else w.patient(0.3, min_age=45)
    k = rng.choice(['copd', 'copd', 'ipf', 'chf', 'lungca'])
    spo2 = rng.randrange(82, 89)
    pao2 = rng.randrange(45, 56)
    rest = rng.choice(['1', '2', '2', '3'])
    eff = str(int(rest) + rng.choice([1, 2]))
    meds = rng.sample([MEDS[4], MEDS[11], MEDS[0], MEDS[10], MEDS[1]], 2)
    addr = address(rng, lang)
    ph = phone(rng)
    doc = w.doctor(lang)
    fields = [(L(lang, 'Nom du patient', 'Patient name'), p.full), (L(lang, 'Date de naissance', 'Date of birth'), dob(p, lang, 1)),
              ]
    if use_nam:
        fields.append((L(lang, 'NAM', 'RAMQ number'), fmt_nam(p.nam, rng.randrange(3))))
    fields += [(L(lang, 'Adresse', 'Address'), addr), (L(lang, 'Téléphone', 'Phone'), ph),
               (L(lang, 'Diagnostic', 'Diagnosis'), dx(k, lang)),
               (L(lang, 'SpO2 au repos (air ambiant)', 'Resting SpO2 (room air)'), '%d %%' % spo2),
               (L(lang, 'PaO2 (gaz artériel)', 'PaO2 (ABG)'), '%d mmHg' % pao2),
               (L(lang, 'Débit prescrit', 'Prescribed flow'), L(lang, '%s L/min au repos, %s L/min à l\'effort, 24 h/24', '%s L/min at rest, %s L/min on exertion, 24 h/day') % (rest, eff)),
               (L(lang, 'Médication actuelle', 'Current medication'), ', '.join(med(x, lang) for x in meds)),
               (L(lang, 'Médecin prescripteur', 'Prescriber'), doc)]
    attach = rng.random() < 0.45
    if attach:
        pdf = F.make_pdf(L(lang, 'Ordonnance – oxygénothérapie à domicile', 'Home oxygen prescription'),
                         [('field', a + ' :', b) for a, b in fields], author=snd['name'])
        fname = rng.choice([L(lang, 'Ordonnance_oxygène_à_domicile.pdf', 'O2_prescription.pdf'), 'scan_%s.pdf' % day.strftime('%Y%m%d'),
                            'O2_%s.pdf' % ascii_fname(p.surname)])
        body = L(lang, '%s\n\nVeuillez trouver ci-jointe une nouvelle ordonnance d\'oxygène à domicile. Installation souhaitée d\'ici le %s. '
                       'Le patient quitte l\'hôpital sous peu.\n\n%s\n%s',
                 '%s\n\nPlease find attached a new home oxygen prescription. Installation requested by %s; discharge is imminent.\n\n%s\n%s') % (
            greet(rng, lang), fday(later(day, 2), lang), closing(rng, lang), snd['sig'])
        atts = [dict(kind='bin', data=pdf, ctype='application/pdf', filename=fname)]
    else:
        body = '%s\n\n%s\n\n%s\n\n%s\n%s' % (
            greet(rng, lang), L(lang, 'Nouvelle demande d\'oxygénothérapie à domicile :', 'New home oxygen referral:'),
            '\n'.join('%s : %s' % (a, b) if lang == 'fr' else '%s: %s' % (a, b) for a, b in fields),
            closing(rng, lang), snd['sig'])
        atts = []
    subj = rng.choice(L(lang, ['Nouvelle demande O2 à domicile', 'Ordonnance oxygène – installation urgente', 'Demande oxygénothérapie'],
                        ['New home O2 referral', 'Home oxygen order - urgent install', 'O2 referral']))
    m = mail(rng, snd, [mailbox(s, rng)], subj, body, day, lang, attachments=atts)
    return R('oxygen_order', T('patient_name', 'ramq_nam' if use_nam else None, 'date_of_birth', 'patient_contact', 'diagnosis',
                               'lab_result', 'medication'),
             'home oxygen referral with blood gases%s' % (' in PDF attachment' if attach else ''), m)


# ---------------------------------------------------------------- P4
SUPPLIES = [('Dianeal PD-2 glucose 1,5 % 5 L', 'Dianeal PD-2 1.5% dextrose 5 L'), ('Dianeal PD-2 glucose 2,5 % 5 L', 'Dianeal PD-2 2.5% dextrose 5 L'),
            ('Extraneal (icodextrine 7,5 %) 2 L', 'Extraneal (icodextrin 7.5%) 2 L'), ('Nutrineal PD4 2 L', 'Nutrineal PD4 2 L'),
            ('Ensembles de cycleur HomeChoice', 'HomeChoice cycler sets'), ('Bouchons MiniCap', 'MiniCap caps'),
            ('Héparine 1 000 U/mL, fioles 10 mL', 'Heparin 1,000 U/mL, 10 mL vials'), ('Gentamicine crème 0,1 %', 'Gentamicin cream 0.1%')]


def p_dialysis_supply(w, rng, lang):
    day = work_day(rng)
    h = rng.choice([ORG_BY_KEY['cnrap'], ORG_BY_KEY['cnrap'], ORG_BY_KEY['hsa'], ORG_BY_KEY['chrvb']])
    snd = actor(w, h, lang, 'hospital')
    s = sup('dialysis', rng)
    p = w.patient(0.4, min_age=25)
    mrn = make_mrn(rng, h)
    client = 'CL-%05d' % rng.randrange(10000, 99999)
    addr = address(rng, lang)
    ph = phone(rng)
    items = rng.sample(SUPPLIES, rng.randrange(3, 6))
    rows = [(it[0] if lang == 'fr' else it[1], rng.choice([10, 20, 30, 60, 90])) for it in items]
    note_kind = rng.randrange(3)
    note = [L(lang, 'Le patient a été hospitalisé pour une péritonite à S. aureus; suspendre la livraison prévue et reprendre à son congé.',
              'Patient was admitted for S. aureus peritonitis; please hold the scheduled delivery until discharge.'),
            L(lang, 'Nouvelle prescription du néphrologue : passer à 4 échanges par jour, dont un avec Extraneal la nuit.',
              'New nephrologist order: 4 exchanges a day, one of them Extraneal overnight.'),
            L(lang, 'Livraison au sous-sol, porte de côté. Le patient est diabétique et malvoyant, appeler avant.',
              'Deliver to the basement, side door. Patient is diabetic and visually impaired, call first.')][note_kind]
    text = L(lang, '%s\n\nCommande mensuelle de dialyse péritonéale :\n\nClient : %s (no client %s)\nNo dossier %s : %s\n'
                   'Adresse de livraison : %s\nTél. : %s\nFenêtre de livraison : %s, AM\n\n%s\n\nNote : %s\n\n%s\n%s',
             '%s\n\nMonthly peritoneal dialysis order:\n\nClient: %s (account %s)\n%s chart no.: %s\n'
             'Delivery address: %s\nPhone: %s\nDelivery window: %s, morning\n\n%s\n\nNote: %s\n\n%s\n%s') % (
        greet(rng, lang), nm(p, lang, rng.choice([0, 2, 4])), client, h['key'].upper(), mrn, addr, ph,
        fday(later(day, rng.randrange(3, 10)), lang), '\n'.join('- %s x %d' % r for r in rows), note,
        closing(rng, lang), snd['sig'])
    atts = []
    if rng.random() < 0.35:
        x = F.make_xlsx([(L(lang, 'Commande', 'Order'), [L(lang, 'Article', 'Item'), L(lang, 'Quantité', 'Qty')], rows)], author=snd['name'])
        atts.append(dict(kind='bin', data=x, ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                         filename=L(lang, 'commande_DP_%s.xlsx', 'PD_order_%s.xlsx') % day.strftime('%Y-%m')))
    subj = rng.choice(L(lang, ['Commande DP – %s' % client, 'Commande mensuelle dialyse à domicile', 'Livraison DP %s' % fdate(day, lang, 2)],
                        ['PD order - %s' % client, 'Monthly home dialysis order', 'PD delivery %s' % fdate(day, lang, 1)]))
    m = mail(rng, snd, [mailbox(s, rng)], subj, text, day, lang, attachments=atts)
    return R('dialysis_supply', T('patient_name', 'mrn', 'patient_contact', 'medication', 'diagnosis' if note_kind != 1 else None),
             'home PD supply order with chart number and delivery address', m)


# ---------------------------------------------------------------- P5
def p_equipment_rental(w, rng, lang):
    day = work_day(rng)
    h = hosp(rng)
    snd = actor(w, h, lang, 'hospital')
    s = sup('rental', rng)
    p = w.patient(0.35, min_age=50)
    k = rng.choice(['hip', 'stroke', 'als', 'ms', 'para', 'lungca'])
    wt = rng.randrange(48, 140)
    dc = later(day, rng.randrange(1, 6))
    fam = w.invented_patient()
    equip = rng.sample(L(lang, ['lit électrique semi-fowler', 'matelas thérapeutique à air alterné', 'lève-personne sur rail',
                                'fauteuil roulant 18 po', 'chaise d\'aisance', 'banc de transfert pour bain'],
                         ['semi-electric hospital bed', 'alternating-pressure air mattress', 'ceiling lift', '18-inch wheelchair',
                          'commode chair', 'tub transfer bench']), 3)
    pressure = rng.random() < 0.5
    social = rng.random() < 0.4
    soc = (rng.choice(L(lang, ['Situation : vit seul(e) au 3e étage d\'un HLM, revenu de la pension de vieillesse seulement.',
                               'Situation : sous régime de protection (curatelle publique); la curatrice doit approuver les frais.',
                               'Situation : proche aidante épuisée, hébergement temporaire refusé par la famille.'],
                        ['Situation: lives alone on the 3rd floor of a social-housing unit, old-age pension only.',
                         'Situation: under public curatorship; the curator must approve any costs.',
                         'Situation: exhausted family caregiver, family refused temporary placement.'])) + '\n') if social else ''
    text = L(lang, '%s\n\nNous aurions besoin d\'une location pour le congé de %s prévu le %s :\n%s\n\nDiagnostic principal : %s%s. '
                   'Poids : %d kg.\n' + soc + 'Livraison au domicile : %s\nPersonne-ressource : %s (%s), %s\n\n'
                   'La facturation sera faite au programme de soutien à domicile du CLSC.\n\n%s\n%s',
             '%s\n\nWe need a rental set up for the discharge of %s planned for %s:\n%s\n\nMain diagnosis: %s%s. Weight: %d kg.\n' + soc +
             'Delivery to home: %s\nContact person: %s (%s), %s\n\nBilling goes to the CLSC home support program.\n\n%s\n%s') % (
        greet(rng, lang), nm(p, lang, rng.choice([0, 1, 4])), fday(dc, lang), '\n'.join('- ' + e for e in equip), dx(k, lang),
        L(lang, ', plaie de pression stade 3 au sacrum', ', stage 3 sacral pressure injury') if pressure else '', wt,
        address(rng, lang), fam.full, rng.choice(L(lang, ['fille', 'conjointe', 'voisine'] if fam.sex == 'F' else ['fils', 'conjoint', 'voisin'],
                                                   ['daughter', 'spouse', 'neighbour'] if fam.sex == 'F' else ['son', 'spouse', 'neighbour'])),
        phone_fmt(phone(rng), rng.randrange(4)), closing(rng, lang), snd['sig'])
    subj = rng.choice(L(lang, ['Location équipement – congé %s' % fdate(dc, lang, 2), 'Demande de location lit + lève-personne',
                               'Équipement requis pour retour à domicile'],
                        ['Equipment rental for discharge %s' % fdate(dc, lang, 1), 'Bed and lift rental request', 'Home equipment needed']))
    m = mail(rng, snd, [mailbox(s, rng)], subj, text, day, lang)
    return R('equipment_rental', T('patient_name', 'diagnosis', 'patient_contact', 'social_information' if social else None),
             'equipment rental for a named patient with diagnosis and home address', m)


# ---------------------------------------------------------------- P6
def p_homecare_referral(w, rng, lang):
    day = work_day(rng)
    h = hosp(rng)
    snd = actor(w, h, lang, 'hospital')
    s = sup('nursing', rng)
    use_nam = rng.random() < 0.35
    p = w.nam_patient(min_age=20) if use_nam else w.patient(0.3, min_age=30)
    k = rng.choice(['foot', 'sepsis', 'chf', 'lungca', 'cirr', 'pe'])
    care = {'foot': L(lang, 'pansement de l\'ulcère plantaire droit aux 48 h (Aquacel Ag)', 'dressing change of right plantar ulcer q48h (Aquacel Ag)'),
            'sepsis': L(lang, 'antibiothérapie IV à domicile par PICC, rinçage et pansement du PICC', 'home IV antibiotics via PICC, flush and PICC dressing'),
            'chf': L(lang, 'pesée quotidienne, surveillance des œdèmes, enseignement sur la restriction hydrique', 'daily weights, edema monitoring, fluid-restriction teaching'),
            'lungca': L(lang, 'soins palliatifs, gestion de la douleur, pompe sous-cutanée', 'palliative care, pain management, subcutaneous pump'),
            'cirr': L(lang, 'surveillance de l\'ascite et des signes d\'encéphalopathie', 'ascites and encephalopathy monitoring'),
            'pe': L(lang, 'enseignement des injections et suivi de l\'anticoagulation', 'injection teaching and anticoagulation follow-up')}[k]
    meds = rng.sample(MEDS, 3)
    mrn = make_mrn(rng, h)
    addr = address(rng, lang)
    ph = phone(rng)
    fields = [(L(lang, 'Nom', 'Name'), p.full), (L(lang, 'Date de naissance', 'Date of birth'), dob(p, lang, rng.randrange(4))),
              (L(lang, 'No de dossier', 'Chart no.'), mrn)]
    if use_nam:
        fields.append((L(lang, 'NAM', 'Health insurance no.'), fmt_nam(p.nam, rng.randrange(3))))
    fields += [(L(lang, 'Adresse', 'Address'), addr), (L(lang, 'Téléphone', 'Phone'), ph), (L(lang, 'Diagnostic', 'Diagnosis'), dx(k, lang)),
               (L(lang, 'Soins requis', 'Care required'), care),
               (L(lang, 'Médication au congé', 'Discharge medication'), '; '.join(med(x, lang) for x in meds)),
               (L(lang, 'Date de congé', 'Discharge date'), fdate(later(day, 1), lang))]
    social = rng.random() < 0.35
    if social:
        fields.append((L(lang, 'Situation sociale', 'Social situation'),
                       rng.choice(L(lang, ['conjointe aidante épuisée, demande de répit en cours', 'vit seul(e), aucun réseau; prestataire de l\'aide sociale',
                                           'logement insalubre signalé à la municipalité', 'fils avec problème de consommation à domicile, vigilance'],
                                    ['exhausted spouse caregiver, respite request pending', 'lives alone, no support network; on social assistance',
                                     'unsanitary housing reported to the city', 'son with substance use issues living at home, be vigilant']))))
    as_docx = rng.random() < 0.5
    if as_docx:
        blocks = [('field', a + ' :', b) for a, b in fields] + [L(lang, 'Référent : ', 'Referred by: ') + snd['name']]
        data = F.make_docx(L(lang, 'Demande de services infirmiers à domicile', 'Home nursing referral'), blocks, author=snd['name'])
        fname = rng.choice([L(lang, 'Demande_de_services_infirmiers_à_domicile.docx', 'Referral.docx'), 'Referral_%s.docx' % ascii_fname(p.surname),
                            L(lang, 'Référence_soins_%s.docx', 'Referral_%s.docx') % day.strftime('%Y%m%d')])
        text = L(lang, '%s\n\nCi-joint une demande de services pour un congé demain. Première visite souhaitée dans les 24 h.\n\n%s\n%s',
                 '%s\n\nAttached is a referral for a discharge tomorrow. First visit within 24 h please.\n\n%s\n%s') % (
            greet(rng, lang), closing(rng, lang), snd['sig'])
        atts = [dict(kind='bin', data=data, ctype='application/vnd.openxmlformats-officedocument.wordprocessingml.document', filename=fname)]
    else:
        text = '%s\n\n%s\n\n%s\n\n%s\n%s' % (greet(rng, lang), L(lang, 'Voici une nouvelle référence pour vos services :', 'New referral for your services:'),
                                             '\n'.join(('%s : %s' if lang == 'fr' else '%s: %s') % f for f in fields), closing(rng, lang), snd['sig'])
        atts = []
    subj = rng.choice(L(lang, ['Nouvelle référence soins à domicile', 'Demande de services – congé %s' % fdate(later(day, 1), lang, 2), 'Référence SAD'],
                        ['New home care referral', 'Referral - discharge %s' % fdate(later(day, 1), lang, 1), 'Home nursing intake']))
    m = mail(rng, snd, [mailbox(s, rng)], subj, text, day, lang, attachments=atts)
    return R('homecare_referral', T('patient_name', 'ramq_nam' if use_nam else None, 'date_of_birth', 'mrn', 'patient_contact', 'diagnosis', 'medication',
                                    'social_information' if social else None),
             'home nursing referral%s' % (' as DOCX' if as_docx else ''), m)


# ---------------------------------------------------------------- P7
def p_lab_followup(w, rng, lang):
    day = work_day(rng)
    s = sup('nursing', rng)
    snd = actor(w, s, lang)
    c = clinic(rng)
    doc = w.doctor(lang)
    docaddr = ('%s' % doc, '%s@%s' % (ascii_fname(doc.split(' ', 1)[1]).lower().replace('_', '.'), c['dom']))
    p = w.patient(0.35, min_age=40)
    kind = rng.randrange(3)
    if kind == 0:
        val = rng.choice(['3,9', '4,6', '1,4', '5,2'])
        val_en = val.replace(',', '.')
        res = L(lang, 'INR à %s ce matin (prélèvement capillaire à domicile). Dose actuelle de warfarine : 4 mg die. '
                      'Aucun saignement rapporté. Voulez-vous ajuster la dose?' % val,
                'INR was %s this morning (home point-of-care test). Current warfarin dose 4 mg daily. No bleeding reported. '
                'Do you want to adjust the dose?' % val_en)
    elif kind == 1:
        val = rng.choice(['6,1', '5,8', '2,9'])
        res = L(lang, 'Potassium à %s mmol/L, créatinine 498 µmol/L sur les analyses d\'hier. Prend du spironolactone 25 mg et du ramipril 10 mg.' % val,
                'Potassium %s mmol/L, creatinine 498 µmol/L on yesterday\'s bloodwork. Currently on spironolactone 25 mg and ramipril 10 mg.' % val.replace(',', '.'))
    else:
        val = rng.choice(['21,4', '2,8', '18,9'])
        res = L(lang, 'Glycémies capillaires entre %s et 24 mmol/L depuis 3 jours, HbA1c 10,2 %%. Insuline glargine 22 U HS, metformine 1 g BID.' % val,
                'Capillary glucose %s to 24 mmol/L for 3 days, HbA1c 10.2%%. Insulin glargine 22 U HS, metformin 1 g BID.' % val.replace(',', '.'))
    text = L(lang, '%s\n\nSuivi pour %s (DDN %s) vu%s ce matin à domicile.\n\n%s\n\nMerci de me rappeler ou de répondre à ce courriel; '
                   'je revois %s jeudi.\n\n%s\n%s',
             '%s\n\nFollow-up on %s (DOB %s), seen at home this morning.\n\n%s\n\nPlease call me back or reply to this e-mail; '
             'I will see %s again on Thursday.\n\n%s\n%s') % (
        (greet(rng, lang, doc), nm(p, lang, rng.choice([0, 1, 2])), dob(p, lang, rng.randrange(4)), 'e' if p.sex == 'F' else '', res,
         L(lang, 'la', 'the') + ' patiente' if p.sex == 'F' else 'le patient', closing(rng, lang), snd['sig'])
        if lang == 'fr' else (greet(rng, lang, doc), nm(p, lang, rng.choice([0, 1, 2])), dob(p, lang, rng.randrange(4)), res,
                              'her' if p.sex == 'F' else 'him', closing(rng, lang), snd['sig']))
    subj = rng.choice(L(lang, ['Résultat à vous transmettre', 'Suivi labo – visite à domicile', 'INR / bilan'],
                        ['Lab result for review', 'Home visit follow-up - labs', 'Result to review']))
    m = mail(rng, snd, [docaddr], subj, text, day, lang)
    return R('lab_followup', ['patient_name', 'date_of_birth', 'lab_result', 'medication'],
             'home-care nurse reports lab values and medication to physician', m)


# ---------------------------------------------------------------- P8
def p_subject_only(w, rng, lang):
    day = work_day(rng)
    s = rng.choice([sup('adapted', rng), sup('oxygen', rng), sup('rental', rng), sup('ambulance', rng)])
    snd = actor(w, s, lang)
    h = hosp(rng)
    rcpt = actor(w, h, lang, 'hospital')
    p = w.patient(0.5, min_age=30)
    n = nm(p, lang, rng.choice([0, 1, 2, 4, 5]))
    subj = {
        'adapted': L(lang, 'Annulation transport – %s (dialyse) jeudi', 'Cancelled ride - %s (dialysis) Thursday'),
        'ambulance': L(lang, 'Retour civière %s – chute à domicile, à revoir', 'Stretcher return %s - fell at home, needs review'),
        'oxygen': L(lang, 'Concentrateur en panne chez %s – MPOC, sat 84 %%', 'Concentrator down at %s - COPD, sats 84%%'),
        'rental': L(lang, 'Lit électrique %s – congé post-fracture hanche vendredi', 'Hospital bed for %s - hip fracture discharge Friday'),
    }[s['kind']] % n
    subj = re_subj(subj, lang, rng) if rng.random() < 0.5 else subj
    text = rng.choice(L(lang, ['%s\n\nVoir objet. Pouvez-vous confirmer de votre côté?\n\n%s\n%s',
                               '%s\n\nPour votre information. Merci de mettre à jour votre système.\n\n%s\n%s',
                               '%s\n\nOn en parle au téléphone cet après-midi.\n\n%s\n%s'],
                        ['%s\n\nSee subject. Can you confirm on your side?\n\n%s\n%s', '%s\n\nFYI, please update your records.\n\n%s\n%s',
                         '%s\n\nLet\'s discuss by phone this afternoon.\n\n%s\n%s'])) % (greet(rng, lang), closing(rng, lang), snd['sig'])
    m = mail(rng, snd, [rcpt], subj, text, day, lang)
    types = ['patient_name', 'diagnosis'] + (['lab_result'] if s['kind'] == 'oxygen' else [])
    return R('subject_only', types, 'patient name and condition only in the Subject line', m)


# ---------------------------------------------------------------- P9
def p_filename_only(w, rng, lang):
    day = work_day(rng)
    h = hosp(rng)
    snd = actor(w, h, lang, 'hospital')
    s = rng.choice([sup('adapted', rng), sup('oxygen', rng), sup('nursing', rng), sup('ambulance', rng)])
    p = w.patient(0.5, min_age=30)
    k = {'adapted': 'esrd', 'ambulance': rng.choice(['lungca', 'stroke']), 'oxygen': rng.choice(['copd', 'ipf']),
         'nursing': rng.choice(['foot', 'chf'])}[s['kind']]
    short = {'esrd': L(lang, 'hemodialyse', 'hemodialysis'), 'lungca': L(lang, 'radiotherapie_cancer_poumon', 'lung_cancer_radiotherapy'),
             'stroke': L(lang, 'AVC', 'stroke'), 'copd': L(lang, 'MPOC', 'COPD'), 'ipf': L(lang, 'fibrose_pulm', 'IPF'),
             'foot': L(lang, 'ulcère_pied_diabétique', 'diabetic_foot_ulcer'), 'chf': L(lang, 'insuff_cardiaque', 'heart_failure')}[k]
    kind = rng.choice(['pdf', 'docx'])
    base = rng.choice(['%s_%s_%s' % (p.surname.upper(), p.given, short), '%s - %s %s' % (short, p.given, p.surname),
                       'Requete_%s_%s_%s' % (p.surname, p.given[0], short)])
    fname = base + '.' + kind
    title = {'adapted': L(lang, 'Demande de transport adapté', 'Adapted transport request'),
             'ambulance': L(lang, 'Demande de transport ambulancier', 'Ambulance transport request'),
             'oxygen': L(lang, 'Ordonnance d\'oxygène à domicile', 'Home oxygen prescription'),
             'nursing': L(lang, 'Demande de services à domicile', 'Home care referral')}[s['kind']]
    blank = [('field', L(lang, 'Nom du patient :', 'Patient name:'), ''), ('field', L(lang, 'Date de naissance :', 'Date of birth:'), ''),
             ('field', L(lang, 'NAM :', 'Health card:'), ''), ('field', L(lang, 'Adresse :', 'Address:'), ''),
             ('field', L(lang, 'Motif :', 'Reason:'), ''), L(lang, 'Formulaire à compléter et retourner par télécopieur.', 'Complete and return by fax.')]
    data = F.make_pdf(title, blank) if kind == 'pdf' else F.make_docx(title, blank)
    ctype = 'application/pdf' if kind == 'pdf' else 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    text = rng.choice(L(lang, ['Bonjour,\n\nCi-joint la requête. Je vous envoie le formulaire rempli par télécopieur cet après-midi.\n\n%s',
                               'Voir pièce jointe.\n\n%s', 'Bonjour,\n\nVoici le document demandé ce matin.\n\nMerci\n%s'],
                        ['Hi,\n\nRequest attached; the completed form will follow by fax this afternoon.\n\n%s', 'See attached.\n\n%s',
                         'Hello,\n\nHere is the document you asked for this morning.\n\nThanks\n%s'])) % snd['sig']
    subj = rng.choice(L(lang, ['Requête', 'Document', 'Formulaire'], ['Request', 'Document', 'Form']))
    m = mail(rng, snd, [mailbox(s, rng)], subj, text, day, lang, attachments=[dict(kind='bin', data=data, ctype=ctype, filename=fname)])
    return R('filename_only', ['patient_name', 'diagnosis'], 'patient name and diagnosis only in the attachment file name', m)


# ---------------------------------------------------------------- P10
def p_forwarded_patient(w, rng, lang):
    day = work_day(rng)
    s = rng.choice([sup('oxygen', rng), sup('adapted', rng), sup('nursing', rng), sup('dialysis', rng)])
    snd = actor(w, s, lang)
    h = hosp(rng)
    rcpt = actor(w, h, lang, 'hospital')
    p = w.patient(0.3, min_age=30)
    ph = phone(rng)
    pmail = '%s%s%d@%s' % (ascii_fname(p.given).lower()[:6], ascii_fname(p.surname).lower()[:5], rng.randrange(10, 99),
                           rng.choice(['videotron.example', 'courriel.example', 'mailbox.example']))
    own_nam = p.nam and rng.random() < 0.5
    story = {
        'oxygen': L(lang, 'Bonjour, mon concentrateur fait un bruit d\'alarme depuis hier soir et je manque de souffle la nuit. '
                          'Mon saturomètre indique 85 %%. Je fais de la MPOC et j\'ai besoin de mon oxygène 24 h sur 24. Pouvez-vous envoyer quelqu\'un?',
                    'Hello, my concentrator has been alarming since last night and I get short of breath at night. My oximeter reads 85%%. '
                    'I have COPD and need my oxygen around the clock. Can you send someone?'),
        'adapted': L(lang, 'Bonjour, ça fait deux fois que le minibus arrive en retard et je manque le début de ma dialyse. '
                           'Mon néphrologue dit que je ne peux pas raccourcir mes traitements. Je suis en fauteuil depuis mon amputation.',
                     'Hello, this is the second time the minibus is late and I miss the start of my dialysis. My kidney doctor says '
                     'I cannot shorten my treatments. I have been in a wheelchair since my amputation.'),
        'nursing': L(lang, 'Bonjour, l\'infirmière n\'est pas venue changer mon pansement samedi. Ma plaie au pied coule et sent mauvais, '
                           'et je fais de la fièvre (38,6). Je suis diabétique et j\'ai peur que ça s\'infecte encore.',
                     'Hello, the nurse did not come to change my dressing on Saturday. The wound on my foot is draining and smells, '
                     'and I have a fever (38.6). I am diabetic and afraid it is getting infected again.'),
        'dialysis': L(lang, 'Bonjour, il me reste seulement 4 sacs de Dianeal 2,5 %% et la livraison n\'est pas venue. '
                            'Je fais mes échanges de dialyse péritonéale 4 fois par jour. Qu\'est-ce que je fais?',
                      'Hello, I only have 4 bags of Dianeal 2.5%% left and the delivery did not come. I do 4 peritoneal '
                      'dialysis exchanges a day. What should I do?'),
    }[s['kind']].replace('%%', '%')
    sig = '%s\n%s%s' % (p.full, phone_fmt(ph, rng.randrange(4)), ('\n' + L(lang, 'NAM ', 'Health card ') + fmt_nam(p.nam, 0)) if own_nam else '')
    orig = mail(rng, (p.full, pmail), [mailbox(s, rng)], rng.choice(L(lang, ['urgent!!', 'Plainte', 'aide svp', 'Problème'],
                                                                        ['urgent!!', 'Complaint', 'please help', 'Problem'])),
                story + '\n\n' + sig, day, lang)
    text = L(lang, '%s\n\nJe vous transfère le courriel reçu de %s ce matin. Pouvez-vous vérifier avec l\'équipe traitante?\n\n%s\n\n%s',
             '%s\n\nForwarding the e-mail we received from %s this morning. Could you check with the care team?\n\n%s\n\n%s') % (
        greet(rng, lang), L(lang, 'notre client' if p.sex == 'M' else 'notre cliente', 'our client'), snd['sig'], forward_inline(orig, lang))
    m = mail(rng, snd, [rcpt], fw_subj(orig['subject'], lang, rng), text, day, lang)
    types = T('patient_name', 'ramq_nam' if own_nam else None, 'patient_contact', 'diagnosis',
              'lab_result' if s['kind'] in ('oxygen', 'nursing') else None, 'medication' if s['kind'] == 'dialysis' else None)
    return R('forwarded_patient', types, 'patient\'s own e-mail forwarded inline with health details', m)


# ---------------------------------------------------------------- P11
def p_quoted_reply(w, rng, lang):
    base = rng.choice([p_transport_booking, p_homecare_referral, p_equipment_rental, p_dialysis_supply])
    inner = base(w, rng, lang)
    prev = inner['mail']
    if prev.get('attachments'):
        prev['attachments'] = []
        # the details were in an attachment: restate them in the quoted body
        if inner['cat'] == 'homecare_referral':
            inner = p_homecare_referral(w, rng, lang)
            while inner['mail'].get('attachments'):
                inner = p_homecare_referral(w, rng, lang)
            prev = inner['mail']
    day = later(prev['date'].date(), rng.randrange(0, 2))
    to0 = prev['to'][0]
    rep_name = w.staff()
    rep_addr = '%s@%s' % (ascii_fname(rep_name).lower().replace('_', '.'), to0[1].split('@')[1])
    top = rng.choice(L(lang, ['C\'est confirmé, merci.', 'Reçu, on s\'en occupe.', 'Parfait, c\'est noté pour %s.' % fday(later(day, 2), lang),
                              'Bien reçu. Un de nos techniciens communiquera avec la famille.'],
                       ['Confirmed, thanks.', 'Received, we are on it.', 'All set for %s.' % fday(later(day, 2), lang),
                        'Got it. One of our technicians will call the family.']))
    text = '%s\n\n%s\n%s\n\n%s' % (top, rep_name, to0[0], reply(rng, prev))
    m = mail(rng, (rep_name, rep_addr), [prev['frm']], re_subj(prev['subject'], lang, rng), text, day, lang)
    if rng.random() < 0.5:
        m['extra_headers'] = [('In-Reply-To', '<%d.reply@%s>' % (rng.randrange(10 ** 8), prev['frm'][1].split('@')[1]))]
    return R('quoted_reply', inner['types'], 'short confirmation; patient details only in quoted history', m)


# ---------------------------------------------------------------- P12
def p_attached_eml(w, rng, lang):
    base = rng.choice([p_oxygen_order, p_transport_booking, p_homecare_referral, p_lab_followup])
    inner = base(w, rng, lang)
    prev = inner['mail']
    day = later(prev['date'].date(), 1)
    s = sup(rng.choice(['nursing', 'oxygen', 'adapted']), rng)
    snd = actor(w, s, lang)
    rcpt = actor(w, hosp(rng), lang, 'hospital')
    text = rng.choice(L(lang, ['Bonjour,\n\nJe vous renvoie le courriel original en pièce jointe, comme demandé.\n\n%s',
                               'Voir message joint – c\'est la demande dont on parlait.\n\n%s'],
                        ['Hi,\n\nI am sending the original e-mail as an attachment, as requested.\n\n%s',
                         'See attached message - this is the request we discussed.\n\n%s'])) % snd['sig']
    as_file = rng.random() < 0.5
    att = dict(kind='eml_file' if as_file else 'eml', mail=prev,
               filename=(ascii_fname(prev['subject'])[:40] + '.eml') if (as_file or rng.random() < 0.5) else None)
    m = mail(rng, snd, [rcpt], fw_subj(prev['subject'], lang, rng), text, day, lang, attachments=[att])
    return R('attached_eml', inner['types'], 'original request attached as a .eml message (%s)' % inner['cat'], m)


# ---------------------------------------------------------------- P13
def p_roster_xlsx(w, rng, lang):
    day = work_day(rng)
    s = sup('adapted', rng)
    snd = actor(w, s, lang)
    h = rng.choice([ORG_BY_KEY['cnrap'], ORG_BY_KEY['hsa'], ORG_BY_KEY['chrvb']])
    rcpt = actor(w, h, lang, 'hospital')
    with_nam = rng.random() < 0.5
    hdr = L(lang, ['Nom', 'Prénom', 'NAM', 'Adresse', 'Téléphone', 'Jours', 'Heure', 'Mobilité', 'Remarques'],
            ['Last name', 'First name', 'RAMQ', 'Address', 'Phone', 'Days', 'Pickup', 'Mobility', 'Notes'])
    if not with_nam:
        hdr = hdr[:2] + hdr[3:]
    rows = []
    notes = L(lang, ['', 'diabétique, amputé MID', 'SARM +', 'O2 2 L', 'cécité', 'démence légère', 'post-AVC', ''],
              ['', 'diabetic, L BKA', 'MRSA +', 'O2 2 L', 'blind', 'mild dementia', 'post-stroke', ''])
    for i in range(rng.randrange(6, 11)):
        p = w.nam_patient(min_age=25) if with_nam else w.patient(0.3, min_age=25)
        r = [p.surname, p.given]
        if with_nam:
            r.append(p.nam)
        r += [address(rng, lang), phone(rng), rng.choice(L(lang, ['L-M-V', 'Ma-J-S'], ['M-W-F', 'Tu-Th-Sa'])),
              time_str(rng, lang, rng.choice([5, 6, 10, 11, 15]), rng.choice([0, 30])),
              rng.choice(L(lang, ['fauteuil', 'marchette', 'autonome', 'civière'], ['wheelchair', 'walker', 'independent', 'stretcher'])),
              rng.choice(notes)]
        rows.append(r)
    wk = day.isocalendar()[1]
    data = F.make_xlsx([(L(lang, 'Semaine %d', 'Week %d') % wk, hdr, rows)], author=snd['name'])
    fname = L(lang, 'Horaire_transport_hémodialyse_sem%d.xlsx', 'Dialysis_transport_schedule_wk%d.xlsx') % wk
    text = L(lang, '%s\n\nVoici l\'horaire consolidé des transports pour l\'hémodialyse de la semaine %d. Les changements sont en jaune.\n\n%s\n%s',
             '%s\n\nAttached is the consolidated hemodialysis transport schedule for week %d. Changes highlighted.\n\n%s\n%s') % (
        greet(rng, lang), wk, closing(rng, lang), snd['sig'])
    m = mail(rng, snd, [rcpt], L(lang, 'Horaire transports dialyse – semaine %d', 'Dialysis transport schedule - week %d') % wk, text, day, lang,
             attachments=[dict(kind='bin', data=data, ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename=fname)])
    return R('roster_xlsx', T('patient_name', 'ramq_nam' if with_nam else None, 'patient_contact', 'diagnosis'),
             'XLSX weekly dialysis transport roster', m)


# ---------------------------------------------------------------- P14
def p_csv_export(w, rng, lang):
    day = work_day(rng)
    s = rng.choice([sup('oxygen', rng), sup('rental', rng)])
    snd = actor(w, s, lang)
    c = rng.choice(CLINICS + HOSPITALS)
    rcpt = actor(w, c, lang, 'hospital')
    sep = rng.choice([',', ';'])
    if s['kind'] == 'oxygen':
        hdr = L(lang, ['NAM', 'Nom', 'Prénom', 'DDN', 'Adresse', 'Diagnostic', 'Débit (L/min)', 'Heures/jour'],
                ['RAMQ', 'Last', 'First', 'DOB', 'Address', 'Diagnosis', 'Flow (L/min)', 'Hours/day'])
    else:
        hdr = L(lang, ['NAM', 'Nom', 'Prénom', 'DDN', 'Adresse', 'Équipement', 'Raison médicale'],
                ['RAMQ', 'Last', 'First', 'DOB', 'Address', 'Equipment', 'Medical reason'])
    rows = []
    for i in range(rng.randrange(5, 12)):
        p = w.nam_patient(min_age=40)
        base = [p.nam, p.surname, p.given, p.dob.isoformat(), address(rng, lang)]
        if s['kind'] == 'oxygen':
            base += [dx(rng.choice(['copd', 'ipf', 'chf', 'lungca']), lang), rng.choice(['1', '2', '2', '3', '4']), rng.choice(['24', '16', '8 (nuit)'])]
        else:
            base += [rng.choice(L(lang, ['lit électrique', 'fauteuil roulant', 'lève-personne'], ['hospital bed', 'wheelchair', 'patient lift'])),
                     dx(rng.choice(['hip', 'stroke', 'ms', 'als', 'para']), lang)]
        rows.append(base)
    csvt = F.make_csv(hdr, rows, sep)
    fname = rng.choice(['export_clients_%s.csv' % day.strftime('%Y%m%d'), L(lang, 'liste_clients_actifs.csv', 'active_clients.csv')])
    text = L(lang, '%s\n\nTel que demandé pour la révision annuelle, voici l\'extraction de nos clients actifs référés par votre établissement.\n\n%s\n%s',
             '%s\n\nAs requested for the annual review, here is the export of active clients referred by your facility.\n\n%s\n%s') % (
        greet(rng, lang), closing(rng, lang), snd['sig'])
    ctype = rng.choice(['text/csv', 'text/csv', 'application/vnd.ms-excel'])
    if ctype == 'text/csv':
        att = dict(kind='text', text=csvt, ctype='text/csv', filename=fname, charset=rng.choice(['utf-8', 'windows-1252']))
    else:
        att = dict(kind='bin', data=csvt.encode('cp1252', 'replace'), ctype=ctype, filename=fname)
    m = mail(rng, snd, [rcpt], L(lang, 'Extraction clients actifs', 'Active client export'), text, day, lang, attachments=[att])
    return R('csv_export', ['ramq_nam', 'patient_name', 'date_of_birth', 'patient_contact', 'diagnosis'], 'CSV export of active clients with NAMs', m)
