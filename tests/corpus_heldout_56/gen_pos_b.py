"""Positive templates, part B: isolation alerts, C. difficile, transfers,
vaccination bookings, adverse events, vaccination records, TB DOT, PEP,
blood exposure with identified source patient, home care, transport, school cases."""
import datetime

import gen_attach as A
import gen_data as D
import gen_util as U
from gen_common import R, ago, ahead, box, dsp_box, greet, lot, pci_box, sst_box, thanks, who

L = U.L


def p_isolation_alert(c, lang):
    r = c.rng
    hosp = r.choice(U.HOSP)
    cpi = c.staff(lang, L(lang, 'infirmière PCI', 'IPAC nurse'), hosp['dom'])
    org = r.choice(['sarm', 'erv', 'epc', 'covid', 'flu'])
    o = D.NOSO[org]
    p = c.nam_patient(hosp, adult=True) if r.random() < 0.5 else c.gen_patient('qc', age_range=(30, 95))
    if p.mrn is None:
        p.mrn = c.mrn(hosp)
    unit = r.choice(U.UNITS_FR if lang == 'fr' else U.UNITS_EN)
    room = '%d-%d' % (r.randint(301, 760), r.randint(1, 2))
    types = {'patient_name', 'lab_result'}
    nm = U.show_name(p, lang, r, r.choice(['title_sur', 'title_full', 'full', 'upper_comma']))
    mrn_txt = ''
    noname = r.random() < 0.35
    if noname:
        nm = L(lang, 'Patient' if p.sex == 'M' else 'Patiente', 'Patient')
        types.discard('patient_name')
    if noname or r.random() < 0.7:
        mrn_txt = L(lang, ' (dossier %s)', ' (MRN %s)') % p.mrn
        types.add('mrn')
    body = L(lang, '%s%s, chambre %s, %s : %s. Mettre en place %s dès maintenant et aviser les services (physio, inhalo, '
                   'radiologie) avant tout déplacement.' % (nm, mrn_txt, room, unit, o[2], o[4]),
             '%s%s, room %s, %s: %s. Please start %s now and notify ancillary services before any transport.'
             % (nm, mrn_txt, room, unit, o[3], o[5]))
    blocks = [('p', greet(c, lang)), ('p', U.typo(body, r, 0.03))]
    if r.random() < 0.4:
        types.add('diagnosis')
        blocks.append(('p', L(lang, 'Antécédents : diabète type 2, ulcère du pied droit, hémodialyse 3x/sem.',
                              'History: type 2 diabetes, right foot ulcer, hemodialysis 3x/week.')))
    if r.random() < 0.3:
        types.add('date_of_birth')
        blocks.append(('p', L(lang, 'DDN : %s', 'DOB: %s') % U.fdate(p.dob, lang, rng=r)))
    blocks += [('p', L(lang, 'Les co-chambreurs des 72 dernières heures seront dépistés.',
                       'Roommates from the past 72 hours will be screened.')), c.sig(cpi, lang, hosp['name'])]
    subj = r.choice([L(lang, 'Nouveau porteur %s - %s' % (o[0], unit), 'New %s case - %s' % (o[1], unit)),
                     L(lang, 'Isolement requis ch. %s' % room, 'Isolation required rm %s' % room),
                     L(lang, 'URGENT - %s ch %s' % (o[0], room), 'URGENT - %s rm %s' % (o[1], room))])
    to = [c.staff(lang, '', hosp['dom']) for _ in range(r.randint(1, 3))]
    return R('isolation_alert', lang, subj, cpi, to, blocks, types,
             'IPAC alert naming a colonised/infected patient and room')


def p_cdiff(c, lang):
    r = c.rng
    hosp = r.choice(U.HOSP)
    cpi = c.staff(lang, L(lang, 'conseiller PCI', 'IPAC'), hosp['dom'])
    md = c.staff(lang, 'md', hosp['dom'])
    p = c.nam_patient(hosp, adult=True)
    types = {'patient_name', 'lab_result', 'diagnosis'}
    rows = [[L(lang, 'Patient', 'Patient'), U.show_name(p, lang, r, 'sur_comma')],
            [L(lang, 'Dossier', 'MRN'), p.mrn],
            [L(lang, 'Unité', 'Unit'), r.choice(U.UNITS_FR if lang == 'fr' else U.UNITS_EN)],
            [L(lang, 'Résultat', 'Result'), D.NOSO['cdiff'][2] if lang == 'fr' else D.NOSO['cdiff'][3]],
            [L(lang, 'Catégorie', 'Category'), r.choice([L(lang, 'nosocomial - acquis dans notre installation', 'healthcare-associated'),
                                                          L(lang, 'communautaire', 'community-associated')])]]
    types.add('mrn')
    if r.random() < 0.6:
        rows.append([L(lang, 'Traitement', 'Treatment'), r.choice(['vancomycine PO 125 mg QID x 10 j', 'fidaxomicine 200 mg BID'])
                     if lang == 'fr' else r.choice(['oral vancomycin 125 mg QID x 10 d', 'fidaxomicin 200 mg BID'])])
        types.add('medication')
    if r.random() < 0.4:
        rows.append(['NAM' if lang == 'fr' else 'RAMQ', U.show_nam(p.nam, r)])
        types.add('ramq_nam')
    blocks = [('p', greet(c, lang)),
              ('p', L(lang, 'Nouveau cas de DACD, 3e ce mois-ci sur l\'unité :', 'New CDI case, 3rd this month on the unit:')),
              ('table', None, rows),
              ('p', L(lang, 'Nettoyage au chlore de la chambre demandé à l\'hygiène et salubrité.',
                      'Sporicidal cleaning of the room requested from environmental services.')),
              c.sig(cpi, lang, hosp['name'])]
    subj = L(lang, r.choice(['DACD - nouveau cas', 'C. diff positif', 'cas C.difficile unite']),
             r.choice(['CDI - new case', 'C. diff positive', 'C.difficile case on unit']))
    return R('cdiff_case', lang, subj, cpi, [md], blocks, types, 'C. difficile case with patient and chart number')


def p_transfer_epc(c, lang):
    r = c.rng
    h1, h2 = r.sample(U.HOSP, 2)
    cpi = c.staff(lang, L(lang, 'PCI', 'IPAC'), h1['dom'])
    p = c.nam_patient(h1, adult=True)
    org = r.choice(['epc', 'sarm', 'erv', 'cdiff'])
    o = D.NOSO[org]
    types = {'patient_name', 'lab_result', 'date_of_birth'}
    nm = U.show_name(p, lang, r)
    lines = [L(lang, 'Patient : %s', 'Patient: %s') % nm,
             L(lang, 'DDN : %s', 'DOB: %s') % U.fdate(p.dob, lang, rng=r),
             L(lang, 'Statut : %s (prélevé le %s)', 'Status: %s (collected %s)') % (o[2] if lang == 'fr' else o[3],
                                                                                     U.fdate(ago(c, r.randint(3, 30)), lang, 'iso')),
             L(lang, 'Transfert prévu : %s vers %s', 'Planned transfer: %s to %s') % (U.fdate(ahead(c, 1), lang, 'long'), h2['name'])]
    if r.random() < 0.6:
        lines.insert(1, 'NAM : %s' % U.show_nam(p.nam, r) if lang == 'fr' else 'RAMQ: %s' % U.show_nam(p.nam, r))
        types.add('ramq_nam')
    if r.random() < 0.5:
        lines.append(L(lang, 'Séjour récent : hospitalisé en Inde (3 semaines) en février', 'Recent stay: hospitalised in India (3 weeks) in February'))
        types.add('social_information')
    blocks = [('p', greet(c, lang)), ('p', L(lang, 'Avis de transfert d\'un patient porteur :', 'Transfer notice for a colonised patient:')),
              ('pre', '\n'.join(lines)), ('p', thanks(c, lang)), c.sig(cpi, lang, h1['name'])]
    atts = []
    if r.random() < 0.35:
        atts.append({'filename': L(lang, 'avis_transfert_porteur.pdf', 'transfer_notice.pdf'), 'ctype': 'application/pdf',
                     'data': A.make_pdf(L(lang, 'Avis de transfert - microorganisme multirésistant', 'Transfer notice - MDRO'), lines,
                                        author=cpi.full())})
    return R('interfacility_transfer', lang, L(lang, 'Transfert porteur %s' % o[0], 'Transfer - %s carrier' % o[1]), cpi,
             [pci_box(h2, lang)], blocks, types, 'inter-hospital transfer notice with MDRO status', atts=atts)


def p_vacc_booking(c, lang):
    r = c.rng
    clerk = c.staff(lang, L(lang, 'agente administrative', 'booking clerk'), U.DSP['dom'])
    p = c.nam_patient()
    v = r.choice(D.VACC)
    when = datetime.datetime.combine(ahead(c, r.randint(2, 20)), datetime.time(r.randint(8, 15), r.choice([0, 15, 30, 45])))
    site = r.choice(['Centre de vaccination Bellerive-Nord, 220 boul. des Cèdres-Bleus',
                     'CLSC Saint-Aubin, 45 rue Principale Ouest', 'Aréna Lac-aux-Hérons, salle B'])
    types = {'patient_name', 'patient_contact'}
    nm = U.show_name(p, lang, r, r.choice(['full', 'title_full', 'sur_comma']))
    lines = [L(lang, 'Rendez-vous confirmé pour %s', 'Appointment confirmed for %s') % nm,
             L(lang, 'Vaccin : %s', 'Vaccine: %s') % (v[0] if lang == 'fr' else v[1]),
             L(lang, 'Date : %s à %s', 'Date: %s at %s') % (U.fdate(when.date(), lang, 'long'), when.strftime('%H:%M')),
             L(lang, 'Lieu : %s', 'Location: %s') % site,
             L(lang, 'Téléphone au dossier : %s', 'Phone on file: %s') % p.phone]
    types.add('medication')
    if r.random() < 0.5:
        lines.append(L(lang, 'Adresse : %s, %s %s', 'Address: %s, %s %s') % p.address)
    if r.random() < 0.5:
        lines.append(L(lang, 'NAM : %s', 'RAMQ: %s') % U.show_nam(p.nam, r))
        types.add('ramq_nam')
    if r.random() < 0.5:
        lines.append(L(lang, 'DDN : %s', 'DOB: %s') % U.fdate(p.dob, lang, rng=r))
        types.add('date_of_birth')
    if r.random() < 0.4:
        lines.append(L(lang, 'Note : immunosupprimé(e) (chimiothérapie en cours) - 2e dose requise',
                       'Note: immunocompromised (on chemotherapy) - second dose required'))
        types.add('diagnosis')
    blocks = [('p', greet(c, lang)), ('pre', '\n'.join(lines)),
              ('p', L(lang, 'Merci d\'apporter la carte d\'assurance maladie.', 'Please bring the health card.')),
              c.sig(clerk, lang, U.DSP['name'])]
    atts = []
    if r.random() < 0.5:
        atts.append({'filename': 'invitation.ics', 'ctype': 'text/calendar',
                     'text': A.make_ics('%08x@%s' % (r.getrandbits(32), U.DSP['dom']), when, when + datetime.timedelta(minutes=15),
                                        L(lang, 'Vaccination - %s', 'Vaccination - %s') % p.full(), site,
                                        L(lang, 'Vaccin %s. Tél. %s', 'Vaccine %s. Phone %s') % (v[0] if lang == 'fr' else v[1], p.phone),
                                        (clerk.full(), clerk.email))})
    to = [box(p.full() if r.random() < 0.5 else '', '%s.%s%d@courriel.example' % (
        U.strip_accents_maybe(p.given, r, 1).lower(), U.strip_accents_maybe(p.surname, r, 1).lower(), r.randint(1, 99)))]
    return R('vaccination_booking', lang, L(lang, 'Confirmation de rendez-vous - vaccination', 'Vaccination appointment confirmation'),
             clerk, to, blocks, types, 'appointment confirmation to patient with contact details', atts=atts)


def p_aefi(c, lang):
    r = c.rng
    inf = c.staff(lang, L(lang, 'infirmière vaccinatrice', 'immunization nurse'), U.DSP['dom'])
    p = c.nam_patient()
    v = r.choice(D.VACC)
    k = r.randrange(len(D.AEFI_FR))
    vdate = ago(c, r.randint(1, 20))
    types = {'patient_name', 'medication', 'diagnosis'}
    rows = [(L(lang, 'Nom, prénom', 'Name'), '%s, %s' % (p.surname, p.given)),
            (L(lang, 'Vaccin', 'Vaccine'), v[0] if lang == 'fr' else v[1]),
            (L(lang, 'Lot', 'Lot'), lot(c, v[2])),
            (L(lang, 'Date d\'administration', 'Date given'), U.fdate(vdate, lang, 'iso')),
            (L(lang, 'Manifestation', 'Event'), D.AEFI_FR[k] if lang == 'fr' else D.AEFI_EN[k])]
    if r.random() < 0.7:
        rows.insert(1, ('NAM' if lang == 'fr' else 'RAMQ', U.show_nam(p.nam, r)))
        types.add('ramq_nam')
    if r.random() < 0.7:
        rows.insert(1, (L(lang, 'DDN', 'DOB'), U.fdate(p.dob, lang, rng=r)))
        types.add('date_of_birth')
    if r.random() < 0.3:
        rows.append((L(lang, 'Allergies connues', 'Known allergies'), r.choice(['PEG', L(lang, 'latex, pénicilline', 'latex, penicillin')])))
    if r.random() < 0.3:
        rows.append((L(lang, 'Téléphone', 'Phone'), p.phone))
        types.add('patient_contact')
    lines = ['%s : %s' % kv if lang == 'fr' else '%s: %s' % kv for kv in rows]
    blocks = [('p', greet(c, lang)),
              ('p', L(lang, 'Je déclare une manifestation clinique inhabituelle (MCI) après vaccination.',
                      'Reporting an adverse event following immunization (AEFI).'))]
    atts = []
    mode = r.random()
    if mode < 0.3:
        atts.append({'filename': L(lang, 'rapport_MCI.pdf', 'AEFI_report.pdf'), 'ctype': 'application/pdf',
                     'data': A.make_pdf(L(lang, 'Rapport de manifestations cliniques après vaccination', 'AEFI report'), lines,
                                        author=inf.full())})
        blocks.append(('p', L(lang, 'Rapport joint.', 'Report attached.')))
    elif mode < 0.5:
        atts.append({'filename': L(lang, 'MCI_%s.docx', 'AEFI_%s.docx') % p.surname.lower().replace(' ', ''),
                     'ctype': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                     'data': A.make_docx(L(lang, 'Rapport MCI', 'AEFI report'), lines, author=inf.full())})
        blocks.append(('p', L(lang, 'Formulaire Word ci-joint.', 'Word form attached.')))
    else:
        blocks.append(('table', None, [list(kv) for kv in rows]))
    blocks += [('p', L(lang, 'Le patient a été revu le lendemain, évolution favorable.', 'Patient reviewed next day, improving.')),
               c.sig(inf, lang, U.DSP['name'])]
    subj = r.choice([L(lang, 'Déclaration MCI - %s' % (v[0].split(' ')[0]), 'AEFI report - %s' % v[1].split(' ')[0]),
                     L(lang, 'MCI post-vaccination', 'Adverse event after vaccination'),
                     L(lang, 'ESPRI / MCI a saisir', 'AEFI to enter in registry')])
    return R('adverse_event_report', lang, subj, inf, [dsp_box(lang)], blocks, types,
             'adverse event following immunization with patient identity', atts=atts)


def p_vacc_record(c, lang):
    r = c.rng
    clerk = c.staff(lang, L(lang, 'agente, registre de vaccination', 'immunization registry clerk'), U.DSP['dom'])
    child = c.nam_patient(adult=False)
    parent_given = r.choice(U.FR_F + U.FR_M)
    types = {'patient_name', 'date_of_birth', 'medication'}
    doses = []
    for v in r.sample(D.VACC[2:], r.randint(2, 4)):
        doses.append([v[0] if lang == 'fr' else v[1], U.fdate(child.dob + datetime.timedelta(days=r.randint(60, 1500)), lang, 'iso'),
                      r.choice(['CLSC Saint-Aubin', 'Clinique des Hérons', 'CLSC Bellerive'])])
    blocks = [('p', greet(c, lang, parent_given if r.random() < 0.5 else None)),
              ('p', L(lang, 'Suite à votre demande, voici le relevé de vaccination de %s, né(e) le %s :'
                      % (child.full(), U.fdate(child.dob, lang, 'long')),
                      'Further to your request, here is the immunization record for %s, born %s:'
                      % (child.full(), U.fdate(child.dob, lang, 'long')))),
              ('table', [L(lang, 'Vaccin', 'Vaccine'), L(lang, 'Date', 'Date'), L(lang, 'Lieu', 'Site')], doses)]
    if r.random() < 0.6:
        types.add('ramq_nam')
        blocks.append(('p', L(lang, 'NAM de l\'enfant : %s', 'Child\'s RAMQ: %s') % U.show_nam(child.nam, r)))
    if r.random() < 0.4:
        types.add('diagnosis')
        blocks.append(('p', L(lang, 'Contre-indication notée : allergie sévère à l\'œuf documentée en 2021; vaccin RRO reporté.',
                              'Noted contraindication: severe egg allergy documented in 2021; MMR deferred.')))
    blocks += [('p', thanks(c, lang)), c.sig(clerk, lang, U.DSP['name'])]
    to = [box('', '%s.%s@courriel.example' % (U.strip_accents_maybe(parent_given, r, 1).lower(),
                                              U.strip_accents_maybe(child.surname, r, 1).lower()))]
    return R('vaccination_record', lang, L(lang, 'Relevé de vaccination demandé', 'Requested immunization record'), clerk,
             to, blocks, types, 'child immunization record sent to parent')


def p_tb_dot(c, lang):
    r = c.rng
    inf = c.staff(lang, L(lang, 'infirmière TB', 'TB nurse'), U.DSP['dom'])
    p = c.nam_patient(adult=True)
    types = {'patient_name', 'diagnosis', 'medication', 'social_information'}
    k = r.choice([0, 2, 3, 4, 5])
    soc = D.SOCIAL_FR[k] if lang == 'fr' else D.SOCIAL_EN[k]
    nm = U.show_name(p, lang, r, r.choice(['full', 'title_sur', 'title_full', 'lower']))
    lines = [L(lang, '%s (%s) - TB pulmonaire, TOD semaine %d/26.', '%s (%s) - pulmonary TB, DOT week %d/26.')
             % (nm, soc, r.randint(2, 20)),
             L(lang, 'Doses manquées cette semaine : %d. Rifampicine/isoniazide bien tolérés, ALT stable.',
               'Missed doses this week: %d. Rifampin/isoniazid well tolerated, ALT stable.') % r.randint(0, 3)]
    if r.random() < 0.5:
        types.add('patient_contact')
        lines.append(L(lang, 'Nouveau lieu pour la TOD : %s, %s (cell. %s)', 'New DOT location: %s, %s (cell %s)')
                     % (p.address[0], p.address[1], p.phone))
    if r.random() < 0.5:
        types.add('lab_result')
        lines.append(L(lang, 'Culture de contrôle à 2 mois : négative.', '2-month control culture: negative.'))
    if r.random() < 0.4:
        types.add('ramq_nam')
        lines.append('NAM %s' % U.show_nam(p.nam, r))
    blocks = [('p', greet(c, lang)), ('p', U.typo(' '.join(lines), r, 0.03)), c.sig(inf, lang, U.DSP['name'], short=True)]
    to = [c.staff(lang, L(lang, 'travailleuse de rue', 'outreach worker'), 'organisme-lephare.example')]
    subj = L(lang, r.choice(['TOD suivi', 'Suivi TB - semaine', 'tod cette semaine']),
             r.choice(['DOT follow-up', 'TB follow-up this week', 'dot update']))
    return R('tb_directly_observed_therapy', lang, subj, inf, to, blocks, types,
             'TB directly observed therapy update with social context')


def p_pep(c, lang):
    r = c.rng
    hosp = r.choice(U.HOSP)
    md = c.staff(lang, 'md', hosp['dom'])
    p = c.nam_patient(hosp)
    kind = r.choice(['rabies', 'hbv', 'hiv'])
    types = {'patient_name', 'medication'}
    if kind == 'rabies':
        txt = L(lang, '%s mordu(e) par une chauve-souris dans sa chambre le %s. PPE rage : RIg 20 UI/kg + vaccin J0, J3, J7, J14.',
                '%s found a bat in the bedroom on %s. Rabies PEP: RIG 20 IU/kg + vaccine days 0, 3, 7, 14.')
    elif kind == 'hbv':
        txt = L(lang, '%s, piqûre avec seringue trouvée au parc le %s. HBIG + vaccin hépatite B débutés.',
                '%s, needlestick from a discarded syringe in a park on %s. HBIG + hepatitis B vaccine started.')
    else:
        txt = L(lang, '%s, exposition sexuelle à risque le %s. PPE VIH (ténofovir/emtricitabine + dolutégravir) x 28 j.',
                '%s, high-risk sexual exposure on %s. HIV PEP (tenofovir/emtricitabine + dolutegravir) x 28 days.')
        types.add('social_information')
    body = txt % (U.show_name(p, lang, r, r.choice(['full', 'title_full', 'sur_comma'])), U.fdate(ago(c, r.randint(0, 3)), lang, 'long'))
    blocks = [('p', greet(c, lang)), ('p', body)]
    if r.random() < 0.6:
        types.add('mrn')
        blocks.append(('p', L(lang, 'Dossier %s : %s. Prochaine dose à la clinique externe.', '%s chart: %s. Next dose at outpatient clinic.')
                       % (hosp['short'], p.mrn)))
    if r.random() < 0.4:
        types.add('patient_contact')
        blocks.append(('p', L(lang, 'Joindre au %s (laisser message).', 'Reach at %s (leave a message).') % p.phone))
    blocks += [c.sig(md, lang, hosp['name'])]
    subj = L(lang, {'rabies': 'PPE rage', 'hbv': 'PPE hépatite B', 'hiv': 'PPE VIH - suivi'}[kind],
             {'rabies': 'Rabies PEP', 'hbv': 'HBV PEP', 'hiv': 'HIV PEP follow-up'}[kind])
    return R('post_exposure_prophylaxis', lang, subj, md, [dsp_box(lang)], blocks, types,
             'patient post-exposure prophylaxis notification')


def p_bbf_source(c, lang):
    r = c.rng
    hosp = r.choice(U.HOSP)
    sst = c.staff(lang, L(lang, 'infirmière santé au travail', 'occupational health nurse'), hosp['dom'])
    emp = c.staff(lang, '', hosp['dom'])
    src = c.nam_patient(hosp, adult=True)
    types = {'patient_name', 'lab_result', 'mrn'}
    res = r.choice([L(lang, 'anti-VHC positif, ARN VHC détectable', 'anti-HCV positive, HCV RNA detectable'),
                    L(lang, 'AgHBs positif', 'HBsAg positive'),
                    L(lang, 'VIH positif connu, charge virale indétectable', 'known HIV positive, undetectable viral load')])
    blocks = [('p', greet(c, lang, emp.given)),
              ('p', L(lang, 'Suite à votre piqûre d\'aiguille du %s, voici le suivi. Le patient source, %s (dossier %s), a été testé '
                      'avec son consentement : %s.' % (U.fdate(ago(c, r.randint(1, 5)), lang, 'long'),
                                                      U.show_name(src, lang, r, r.choice(['title_full', 'full', 'sur_comma'])), src.mrn, res),
                      'Following your needlestick on %s, here is the follow-up. The source patient, %s (MRN %s), was tested with '
                      'consent: %s.' % (U.fdate(ago(c, r.randint(1, 5)), lang, 'long'),
                                        U.show_name(src, lang, r, r.choice(['title_full', 'full', 'sur_comma'])), src.mrn, res))),
              ('p', L(lang, 'Vos propres prélèvements de base sont faits; prochain contrôle à 6 semaines.',
                      'Your own baseline bloodwork is done; next check at 6 weeks.'))]
    if r.random() < 0.4:
        types.add('social_information')
        blocks.append(('p', L(lang, 'À noter : le patient source rapporte une consommation de drogues injectables.',
                              'Note: the source patient reports injection drug use.')))
    blocks.append(c.sig(sst, lang, hosp['name']))
    return R('blood_exposure_source_patient', lang, L(lang, 'Suivi exposition - confidentiel', 'Exposure follow-up - confidential'),
             sst, [emp], blocks, types, 'staff exposure follow-up that identifies the source patient and serology',
             cc=[sst_box(hosp, lang)] if r.random() < 0.3 else None)


def p_home_care(c, lang):
    r = c.rng
    hosp = r.choice(U.HOSP)
    cpi = c.staff(lang, L(lang, 'infirmière de liaison', 'liaison nurse'), hosp['dom'])
    p = c.nam_patient(hosp, adult=True)
    org = r.choice(['sarm', 'erv', 'epc', 'cdiff', 'covid'])
    o = D.NOSO[org]
    types = {'patient_name', 'patient_contact', 'lab_result'}
    blocks = [('p', greet(c, lang)),
              ('p', L(lang, 'Demande de services SAD pour %s, congé prévu le %s.' % (U.show_name(p, lang, r), U.fdate(ahead(c, 2), lang, 'long')),
                      'Home care referral for %s, discharge planned %s.' % (U.show_name(p, lang, r), U.fdate(ahead(c, 2), lang, 'long')))),
              ('list', [L(lang, 'Adresse : %s, %s %s', 'Address: %s, %s %s') % p.address,
                        L(lang, 'Tél. domicile : %s', 'Home phone: %s') % p.phone,
                        L(lang, 'Statut infectieux : %s — %s au domicile', 'Infection status: %s — %s at home')
                        % (o[2] if lang == 'fr' else o[3], o[4] if lang == 'fr' else o[5]),
                        L(lang, 'Pansement plaie sacrée 3x/sem.', 'Sacral wound dressing 3x/week')])]
    if r.random() < 0.5:
        types.add('social_information')
        blocks.append(('p', L(lang, 'Vit seul(e) au 2e étage sans ascenseur; fille à Calgary.', 'Lives alone, 2nd floor walk-up; daughter in Calgary.')))
    if r.random() < 0.5:
        types.add('ramq_nam')
        blocks.append(('p', 'NAM : %s' % U.show_nam(p.nam, r)))
    blocks.append(c.sig(cpi, lang, hosp['name']))
    to = [box(L(lang, 'Guichet SAD', 'Home care intake'), 'sad.guichet@csss-hauteriviere.example')]
    return R('home_care_referral', lang, L(lang, 'Référence SAD - porteur %s' % o[0], 'Home care referral - %s' % o[1]),
             cpi, to, blocks, types, 'home care referral with address and isolation status')


def p_transport(c, lang):
    r = c.rng
    hosp = r.choice(U.HOSP)
    ag = c.staff(lang, L(lang, 'coordonnatrice des transports', 'transport coordinator'), hosp['dom'])
    p = c.nam_patient(hosp, adult=True)
    org = r.choice(['covid', 'flu', 'sarm', 'epc', 'noro'])
    o = D.NOSO[org]
    types = {'patient_name', 'patient_contact', 'diagnosis'}
    t = datetime.datetime.combine(ahead(c, 1), datetime.time(r.randint(7, 14), r.choice([0, 30])))
    rows = [[L(lang, 'Client', 'Client'), U.show_name(p, lang, r, 'upper_comma')],
            [L(lang, 'Prise en charge', 'Pick-up'), '%s, %s' % (p.address[0], p.address[1])],
            [L(lang, 'Tél.', 'Phone'), p.phone],
            [L(lang, 'Destination', 'Destination'), hosp['name'] + L(lang, ', hémodialyse', ', hemodialysis')],
            [L(lang, 'Heure', 'Time'), t.strftime('%Y-%m-%d %H:%M')],
            [L(lang, 'Précautions', 'Precautions'), '%s — %s' % (o[0] if lang == 'fr' else o[1], o[4] if lang == 'fr' else o[5])],
            [L(lang, 'Mobilité', 'Mobility'), r.choice([L(lang, 'fauteuil roulant', 'wheelchair'), L(lang, 'civière', 'stretcher')])]]
    blocks = [('p', greet(c, lang)), ('p', L(lang, 'Réservation transport adapté :', 'Adapted transport booking:')),
              ('table', None, rows), c.sig(ag, lang, hosp['name'])]
    return R('patient_transport', lang, L(lang, 'Transport %s - isolement' % t.strftime('%d/%m'), 'Transport %s - isolation' % t.strftime('%m/%d')),
             ag, [box('Transport adapté Haute-Rivière', 'reservations@transport-hr.example')], blocks, types,
             'transport booking with address and isolation status')


def p_school_case(c, lang):
    r = c.rng
    inf = c.staff(lang, L(lang, 'infirmière scolaire', 'school nurse'), U.DSP['dom'])
    key = r.choice(['measles', 'pertussis', 'mumps', 'hepa', 'shig'])
    dz = D.MADO[key]
    kid = c.nam_patient(adult=False)
    school = r.choice(U.SCHOOLS)
    parent = r.choice(U.FR_F + U.FR_M)
    types = {'patient_name', 'diagnosis', 'patient_contact'}
    nm = kid.full() if r.random() < 0.6 else kid.given + ' ' + kid.surname[0] + '.'
    blocks = [('p', greet(c, lang)),
              ('p', L(lang, 'Cas confirmé %s chez %s (groupe %s), %s. Parent joint : %s, %s.'
                      % (U.dde(dz[0]), nm, r.choice(['3B', '201', 'Papillons', 'maternelle 2']), school, parent, kid.phone),
                      'Confirmed %s in %s (class %s), %s. Parent reached: %s, %s.'
                      % (dz[1], nm, r.choice(['3B', '201', 'Butterflies', 'K2']), school, parent, kid.phone)))]
    if r.random() < 0.6:
        types.add('date_of_birth')
        blocks.append(('p', L(lang, 'DDN : %s. Statut vaccinal : 1 dose sur 2.', 'DOB: %s. Vaccination status: 1 of 2 doses.')
                       % U.fdate(kid.dob, lang, rng=r)))
    if r.random() < 0.4:
        types.add('ramq_nam')
        blocks.append(('p', 'NAM : %s' % U.show_nam(kid.nam, r)))
    blocks += [('p', L(lang, 'Retrait du milieu jusqu\'au %s. Lettre aux parents de la classe à préparer (sans nom).'
                       % U.fdate(ahead(c, 5), lang, 'long'),
                       'Exclusion until %s. Letter to class parents to prepare (no names).' % U.fdate(ahead(c, 5), lang, 'long'))),
               c.sig(inf, lang, U.DSP['name'])]
    to = [c.staff(lang, L(lang, 'direction', 'principal'), 'cssh-hauteriviere.example')]
    return R('school_case', lang, L(lang, 'Cas %s - %s' % (U.dde(dz[0]), school), '%s case - %s' % (dz[1], school)), inf, to, blocks,
             types, 'child case at school/daycare with parent contact')
