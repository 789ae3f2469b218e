"""Positive templates, part A: MADO declarations, lab reports, DSP inquiries,
contact tracing, STI partner notification, outbreak line lists."""
import gen_attach as A
import gen_data as D
import gen_util as U
from gen_common import R, ago, ahead, box, dsp_box, greet, pci_box, thanks, who

L = U.L


def _id_lines(c, p, lang, types, want_nam=0.8, want_dob=0.8, want_contact=0.4, want_mrn=0.3):
    """Identity lines 'Nom : ...', returns list of (label, value)."""
    r = c.rng
    out = [(L(lang, 'Nom', 'Name'), U.show_name(p, lang, r, r.choice(['full', 'upper_comma', 'sur_comma', 'sur_given'])))]
    types.add('patient_name')
    if p.nam and r.random() < want_nam:
        out.append((L(lang, r.choice(['NAM', 'No RAMQ', 'No ass. maladie']), r.choice(['RAMQ', 'Medicare #', 'HIN'])),
                    U.show_nam(p.nam, r)))
        types.add('ramq_nam')
    if r.random() < want_dob:
        out.append((L(lang, r.choice(['DDN', 'Date de naissance', 'Né(e) le']), r.choice(['DOB', 'Date of birth'])),
                    U.fdate(p.dob, lang, rng=r)))
        types.add('date_of_birth')
    out.append((L(lang, 'Sexe', 'Sex'), p.sex))
    if r.random() < want_mrn:
        out.append((L(lang, r.choice(['No dossier', 'Dossier', '# dossier']), 'MRN'), p.mrn))
        types.add('mrn')
    if r.random() < want_contact:
        out.append((L(lang, 'Adresse', 'Address'), '%s, %s %s' % p.address))
        out.append((L(lang, 'Tél.', 'Phone'), p.phone))
        types.add('patient_contact')
    return out


def p_mado_md(c, lang):
    r = c.rng
    hosp = r.choice(U.HOSP)
    md = c.staff(lang, 'md', hosp['dom'])
    key = r.choice(list(D.MADO))
    dz = D.MADO[key]
    p = c.nam_patient(hosp, adult=None if key in ('measles', 'pertussis', 'mumps') else True)
    types = set()
    ids = _id_lines(c, p, lang, types)
    onset = ago(c, r.randint(3, 15))
    rows = ids + [(L(lang, 'Maladie', 'Disease'), dz[0] if lang == 'fr' else dz[1]),
                  (L(lang, 'Début des symptômes', 'Onset'), U.fdate(onset, lang, rng=r))]
    types.add('diagnosis')
    if r.random() < 0.75:
        rows.append((L(lang, 'Résultat', 'Lab result'), dz[2] if lang == 'fr' else dz[3]))
        rows.append((L(lang, 'Prélèvement', 'Specimen'), dz[4] if lang == 'fr' else dz[5]))
        types.add('lab_result')
    if dz[6] and r.random() < 0.6:
        rows.append((L(lang, 'Traitement', 'Treatment'), dz[6] if lang == 'fr' else dz[7]))
        types.add('medication')
    if r.random() < 0.35:
        i = r.randrange(len(D.SOCIAL_FR))
        rows.append((L(lang, 'Contexte', 'Context'), D.SOCIAL_FR[i] if lang == 'fr' else D.SOCIAL_EN[i]))
        types.add('social_information')
    subj = r.choice([L(lang, 'Déclaration MADO - %s' % dz[0], 'Reportable disease notification - %s' % dz[1]),
                     L(lang, 'MADO: %s' % dz[0], 'MADO report: %s' % dz[1]),
                     L(lang, 'Déclaration obligatoire %s - %s' % (hosp['short'], dz[0]),
                       'Notifiable disease - %s' % dz[1])])
    if r.random() < 0.25:
        subj += ' - ' + p.surname.upper()
    intro = L(lang, r.choice(['Je vous déclare le cas suivant :', 'Voici une déclaration de MADO pour ma patiente/mon patient :',
                              'Déclaration d\'un cas %s vu à l\'urgence cette nuit.' % U.dde(dz[0])]),
              r.choice(['Please find below a notifiable disease report:', 'Reporting the following case seen in clinic today:']))
    blocks = [('p', greet(c, lang)), ('p', intro)]
    atts = []
    form_lines = ['%s : %s' % kv if lang == 'fr' else '%s: %s' % kv for kv in rows]
    if r.random() < 0.3:
        fn = r.choice(['declaration_MADO.pdf', 'MADO_%s.pdf' % c.now.strftime('%Y%m%d'), 'AS-770_formulaire.pdf'])
        atts.append({'filename': fn, 'ctype': 'application/pdf',
                     'data': A.make_pdf(L(lang, 'Déclaration de maladie à déclaration obligatoire',
                                          'Notifiable disease report'), form_lines, author=md.full())})
        blocks.append(('p', L(lang, 'Le formulaire rempli est joint. %s a été avisé%s de votre appel.' % (
                              'La patiente' if p.sex == 'F' else 'Le patient', 'e' if p.sex == 'F' else ''),
                              'The completed form is attached. The patient was told to expect your call.')))
    else:
        if r.random() < 0.5:
            blocks.append(('table', None, [list(kv) for kv in rows]))
        else:
            blocks.append(('pre', '\n'.join(form_lines)))
    blocks.append(('p', L(lang, 'Vous pouvez me joindre au %s pour l\'enquête.' % md.phone,
                          'You can reach me at %s for the investigation.' % md.phone)))
    blocks.append(c.sig(md, lang, hosp['name']))
    return R('mado_declaration', lang, subj, md, [dsp_box(lang)], blocks, types,
             'physician notifies public health of a reportable disease with patient identity', atts=atts)


def p_mado_lab(c, lang):
    r = c.rng
    hosp = r.choice(U.HOSP)
    tech = c.staff(lang, L(lang, 'microbiologiste', 'microbiologist'), U.LAB['dom'])
    key = r.choice(['tb', 'imd', 'legio', 'syph', 'gono', 'salmo', 'shig', 'stec', 'listeria', 'hepb', 'igas'])
    dz = D.MADO[key]
    p = c.nam_patient(hosp, adult=True)
    types = {'patient_name', 'lab_result', 'mrn'}
    nm = U.show_name(p, lang, r, r.choice(['upper_comma', 'sur_given', 'sur_comma']))
    rows = [[L(lang, 'Patient', 'Patient'), nm], [L(lang, 'No dossier', 'MRN'), p.mrn]]
    if r.random() < 0.4:
        # identified by chart number (and maybe NAM) only, no name
        rows = rows[1:]
        types.discard('patient_name')
    if r.random() < 0.6:
        rows.append(['NAM', U.show_nam(p.nam, r)])
        types.add('ramq_nam')
    if r.random() < 0.6:
        rows.append([L(lang, 'DDN', 'DOB'), U.fdate(p.dob, lang, 'iso')])
        types.add('date_of_birth')
    acc = 'M%02d-%06d' % (c.now.year % 100, r.randint(1, 999999))
    rows += [[L(lang, 'No de prélèvement', 'Accession'), acc],
             [L(lang, 'Prélèvement', 'Specimen'), dz[4] if lang == 'fr' else dz[5]],
             [L(lang, 'Résultat', 'Result'), dz[2] if lang == 'fr' else dz[3]]]
    if r.random() < 0.5:
        rows.append([L(lang, 'Interprétation', 'Interpretation'), dz[0] if lang == 'fr' else dz[1]])
        types.add('diagnosis')
    subj = r.choice([L(lang, 'Résultat positif à déclarer - %s' % acc, 'Reportable positive result - %s' % acc),
                     L(lang, 'Labo: résultat MADO %s' % (dz[0].split(' ')[0]), 'Lab: reportable result'),
                     L(lang, 'Avis de résultat critique', 'Critical result notification')])
    to = [dsp_box(lang)]
    cc = [pci_box(hosp, lang)] if r.random() < 0.5 else []
    blocks = [('p', greet(c, lang)),
              ('p', L(lang, 'Résultat de laboratoire répondant aux critères de déclaration obligatoire :',
                      'Laboratory result meeting reportable criteria:')),
              ('table', [L(lang, 'Champ', 'Field'), L(lang, 'Valeur', 'Value')], rows),
              ('p', L(lang, 'Médecin demandeur avisé par téléphone à %s.' % c.now.strftime('%H:%M'),
                      'Ordering physician notified by phone at %s.' % c.now.strftime('%H:%M'))),
              c.sig(tech, lang, U.LAB['name'])]
    return R('mado_lab_report', lang, subj, tech, to, blocks, types,
             'laboratory reportable result with patient identifiers', cc=cc)


def p_dsp_enquete(c, lang):
    """DSP nurse asks clinician for details; the message (and the quoted one) identify the case."""
    r = c.rng
    hosp = r.choice(U.HOSP)
    inf = c.staff(lang, L(lang, 'infirmière en maladies infectieuses', 'public health nurse'), U.DSP['dom'])
    md = c.staff(lang, 'md', hosp['dom'])
    key = r.choice(['measles', 'pertussis', 'hepa', 'tb', 'imd', 'mumps', 'lyme', 'mpox'])
    dz = D.MADO[key]
    p = c.nam_patient(hosp)
    types = {'patient_name', 'diagnosis'}
    nm = U.show_name(p, lang, r, r.choice(['title_full', 'full', 'sur_comma']))
    ddn = ''
    if r.random() < 0.6:
        ddn = L(lang, ' (DDN %s)', ' (DOB %s)') % U.fdate(p.dob, lang, rng=r)
        types.add('date_of_birth')
    qs_fr = ['Date exacte du début de l\'éruption / des symptômes?', 'Statut vaccinal documenté?',
             'Voyages dans les 3 semaines précédentes?', 'Fréquente-t-il/elle un milieu de garde, une école ou un milieu de travail?',
             'A-t-il/elle été vu(e) en salle d\'attente sans masque? Heures approximatives?']
    qs_en = ['Exact onset date of rash/symptoms?', 'Documented vaccination status?', 'Travel in the prior 3 weeks?',
             'Does the patient attend daycare, school or a workplace?', 'Was the patient in the waiting room unmasked? Approximate times?']
    k = r.sample(range(len(qs_fr)), 3)
    blocks = [('p', greet(c, lang, L(lang, 'Dre ' + md.surname if md.sex == 'F' else 'Dr ' + md.surname, 'Dr. ' + md.surname))),
              ('p', L(lang, 'Nous avons reçu la déclaration %s pour %s%s. Pour compléter l\'enquête, pourriez-vous préciser :'
                      % (U.dde(dz[0]), nm, ddn),
                      'We received the %s report for %s%s. To complete the investigation, could you clarify:' % (dz[1], nm, ddn))),
              ('list', [qs_fr[i] if lang == 'fr' else qs_en[i] for i in k])]
    if r.random() < 0.5:
        types.add('ramq_nam')
        blocks.append(('p', L(lang, 'Pour référence, NAM au dossier : %s.', 'For reference, RAMQ on file: %s.') % U.show_nam(p.nam, r)))
    blocks += [('p', thanks(c, lang)), c.sig(inf, lang, U.DSP['name'])]
    subj = L(lang, 'Enquête %s - info manquante' % dz[0], '%s investigation - missing info' % dz[1])
    irt = None
    if r.random() < 0.5:
        # the clinician replies on top, quoting the DSP message
        when = c.now
        reply = [('p', L(lang, r.choice(['Bonjour, voici les réponses :', 'Réponses ci-dessous.']),
                         r.choice(['Hi, answers below:', 'See my answers below.']))),
                 ('list', [L(lang, 'Début : %s', 'Onset: %s') % U.fdate(ago(c, r.randint(4, 12)), lang, rng=r),
                           L(lang, 'Aucune dose documentée au registre', 'No documented dose in the registry'),
                           L(lang, 'Retour du Mexique il y a 10 jours', 'Returned from Mexico 10 days ago')])]
        types.add('social_information')
        blocks = reply + [c.sig(md, lang, hosp['name'], short=True),
                          ('quote', c.quote_intro(lang, inf, when), blocks)]
        irt = c.msgid(U.DSP['dom'])
        return R('dsp_investigation', lang, 'RE: ' + subj, md, [inf], blocks, types,
                 'reply to public health investigation, patient identified', irt=irt)
    return R('dsp_investigation', lang, subj, inf, [md], blocks, types,
             'public health asks clinician about identified case')


def p_contacts_list(c, lang):
    r = c.rng
    inf = c.staff(lang, L(lang, 'infirmière, équipe enquête', 'contact tracing nurse'), U.DSP['dom'])
    key = r.choice(['tb', 'measles', 'imd', 'pertussis', 'hepa'])
    dz = D.MADO[key]
    index = c.nam_patient(adult=True)
    types = {'patient_name', 'diagnosis', 'patient_contact'}
    n = r.randint(3, 7)
    rel_fr = ['conjoint(e)', 'colocataire', 'collègue de bureau', 'enfant', 'ami(e) proche', 'parent', 'covoiturage']
    rel_en = ['spouse', 'roommate', 'office co-worker', 'child', 'close friend', 'parent', 'carpool']
    rows = []
    for i in range(n):
        kid = r.random() < 0.2
        cp = c.gen_patient('qc', age_range=(2, 12) if kid else (18, 80))
        rel = r.randrange(len(rel_fr))
        row = [U.show_name(cp, lang, r, 'sur_comma'), str(cp.age(c.now.date())), rel_fr[rel] if lang == 'fr' else rel_en[rel],
               cp.phone, r.choice([L(lang, 'étroit', 'close'), L(lang, 'étroit', 'close'), L(lang, 'occasionnel', 'casual')])]
        if key == 'tb':
            row.append(r.choice([L(lang, 'TCT à faire', 'TST pending'), L(lang, 'TCT 0 mm', 'TST 0 mm'),
                                 L(lang, 'TCT 12 mm - RX à faire', 'TST 12 mm - CXR to do')]))
            types.add('lab_result')
        elif key in ('imd', 'pertussis'):
            row.append(r.choice([L(lang, 'chimioprophylaxie remise', 'prophylaxis given'),
                                 L(lang, 'à joindre', 'to call')]))
            types.add('medication')
        else:
            row.append(r.choice([L(lang, 'vacciné(e) x2', '2 doses documented'), L(lang, 'statut inconnu', 'status unknown'),
                                 L(lang, 'IG offertes', 'IG offered')]))
        rows.append(row)
    hdr = [L(lang, 'Contact', 'Contact'), L(lang, 'Âge', 'Age'), L(lang, 'Lien', 'Relation'), L(lang, 'Tél.', 'Phone'),
           L(lang, 'Exposition', 'Exposure'), L(lang, 'Suivi', 'Follow-up')]
    idx_nm = U.show_name(index, lang, r, r.choice(['full', 'sur_comma', 'initial', 'upper_comma']))
    blocks = [('p', greet(c, lang)),
              ('p', L(lang, 'Voici la liste des contacts identifiés pour le cas index %s (%s). Merci de faire les appels '
                            'd\'ici demain midi.' % (idx_nm, dz[0]),
                      'Here is the contact list for index case %s (%s). Please complete the calls by noon tomorrow.'
                      % (idx_nm, dz[1])))]
    atts = []
    if r.random() < 0.4:
        atts.append({'filename': L(lang, 'contacts_cas_%s.xlsx', 'contacts_case_%s.xlsx') % index.surname.lower().replace(' ', ''),
                     'ctype': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                     'data': A.make_xlsx([(L(lang, 'Contacts', 'Contacts'), hdr, rows)], inf.full())})
        blocks.append(('p', L(lang, 'Liste en pièce jointe (Excel).', 'List attached (Excel).')))
    else:
        blocks.append(('table', hdr, rows))
    if r.random() < 0.4:
        types.add('ramq_nam')
        blocks.append(('p', L(lang, 'NAM du cas index : %s', 'Index case RAMQ: %s') % U.show_nam(index.nam, r)))
    blocks += [('p', thanks(c, lang)), c.sig(inf, lang, U.DSP['name'])]
    others = [c.staff(lang, '', U.DSP['dom']) for _ in range(r.randint(1, 3))]
    subj = r.choice([L(lang, 'Liste des contacts - %s' % dz[0], 'Contact list - %s' % dz[1]),
                     L(lang, 'Enquête de contacts (cas %s)' % index.surname, 'Contact tracing (case %s)' % index.surname),
                     L(lang, 'appels contacts a faire', 'contacts to call today')])
    return R('contact_tracing', lang, subj, inf, others, blocks, types,
             'contact tracing list: index case and named contacts with phones', atts=atts)


def p_itss_partners(c, lang):
    r = c.rng
    inf = c.staff(lang, L(lang, 'infirmière ITSS', 'STBBI nurse'), U.DSP['dom'])
    key = r.choice(['syph', 'gono', 'chlam', 'mpox'])
    dz = D.MADO[key]
    idx = c.nam_patient(adult=True)
    types = {'patient_name', 'diagnosis', 'social_information'}
    nparts = r.randint(1, 4)
    parts = []
    for i in range(nparts):
        pp = c.gen_patient('qc', age_range=(19, 55))
        how = pp.phone if (i == 0 or r.random() < 0.6) else L(lang, 'via appli de rencontre, pseudo fourni',
                                                              'via dating app, handle provided')
        ln = L(lang, '%s - %s - dernier contact sexuel vers le %s', '%s - %s - last sexual contact around %s') % (
            r.choice([pp.full(), pp.given + L(lang, ' (nom de famille inconnu)', ' (last name unknown)'), pp.full()]),
            how, U.fdate(ago(c, r.randint(10, 80)), lang, 'long'))
        parts.append(ln)
    types.add('patient_contact')
    nm = U.show_name(idx, lang, r, r.choice(['full', 'title_full', 'initial']))
    blocks = [('p', greet(c, lang)),
              ('p', L(lang, 'Intervention préventive auprès des partenaires (IPPAP) pour %s, %s confirmée.'
                      % (nm, dz[0]), 'Partner notification for %s, confirmed %s.' % (nm, dz[1]))),
              ('p', L(lang, 'Partenaires déclarés :', 'Named partners:')),
              ('list', parts)]
    if dz[6] and r.random() < 0.7:
        types.add('medication')
        blocks.append(('p', L(lang, 'Traitement reçu le %s : %s.', 'Treated on %s: %s.') % (
            U.fdate(ago(c, 2), lang, 'long'), dz[6] if lang == 'fr' else dz[7])))
    if r.random() < 0.5:
        types.add('lab_result')
        blocks.append(('p', L(lang, 'Résultats : %s; VIH négatif.', 'Results: %s; HIV negative.') % (dz[2] if lang == 'fr' else dz[3])))
    if r.random() < 0.4:
        types.add('date_of_birth')
        blocks.append(('p', L(lang, 'DDN du cas : %s', 'Case DOB: %s') % U.fdate(idx.dob, lang, rng=r)))
    blocks += [('p', L(lang, 'Ne pas transmettre le nom du cas index aux partenaires.',
                       'Do not disclose the index case name to partners.')), c.sig(inf, lang, U.DSP['name'])]
    to = c.staff(lang, '', U.DSP['dom'])
    subj = L(lang, r.choice(['IPPAP - suivi partenaires', 'Partenaires à joindre', 'ITSS - notification']),
             r.choice(['Partner notification follow-up', 'Partners to contact', 'STBBI - notification']))
    return R('sti_partner_notification', lang, subj, inf, [to], blocks, types,
             'STI partner notification with index case and partners', cc=None)


def p_outbreak_linelist(c, lang):
    r = c.rng
    hosp = r.choice(U.HOSP)
    cpi = c.staff(lang, L(lang, 'conseillère en PCI', 'IPAC practitioner'), hosp['dom'])
    org = r.choice(['flu', 'covid', 'noro', 'rsv'])
    o = D.NOSO[org]
    unit = r.choice(U.UNITS_FR if lang == 'fr' else U.UNITS_EN)
    n = r.randint(4, 9)
    rows = []
    types = {'patient_name', 'lab_result', 'mrn'}
    for i in range(n):
        p = c.gen_patient('qc', age_range=(55, 97)) if r.random() < 0.7 else c.nam_patient(hosp, adult=True)
        if p.mrn is None:
            p.mrn = c.mrn(hosp)
        sy = r.sample(D.SYMPT_FR if lang == 'fr' else D.SYMPT_EN, 2)
        rows.append([str(r.randint(401, 448)) + r.choice(['', '-1', '-2']),
                     U.show_name(p, lang, r, r.choice(['sur_comma', 'upper_comma', 'sur_given'])),
                     p.mrn, U.fdate(ago(c, r.randint(0, 8)), lang, 'iso'), ', '.join(sy),
                     r.choice([L(lang, 'positif', 'positive'), L(lang, 'positif', 'positive'),
                               L(lang, 'négatif', 'negative'), L(lang, 'en attente', 'pending')])])
    hdr = [L(lang, 'Ch.', 'Room'), L(lang, 'Nom', 'Name'), L(lang, 'Dossier', 'MRN'), L(lang, 'Début', 'Onset'),
           L(lang, 'Symptômes', 'Symptoms'), L(lang, 'TAAN %s' % o[0], '%s PCR' % o[1])]
    types.add('diagnosis')
    blocks = [('p', greet(c, lang)),
              ('p', L(lang, 'Mise à jour de la liste linéaire — éclosion %s, %s. %d cas à ce jour.' % (U.dde(o[0]), unit, n),
                      'Line list update - %s outbreak, %s. %d cases to date.' % (o[1], unit, n)))]
    atts = []
    if r.random() < 0.45:
        fn = L(lang, 'liste_lineaire_%s.xlsx', 'line_list_%s.xlsx') % c.now.strftime('%Y-%m-%d')
        atts.append({'filename': fn, 'ctype': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                     'data': A.make_xlsx([(L(lang, 'Patients', 'Patients'), hdr, rows),
                                          (L(lang, 'Employés', 'Staff'), [L(lang, 'Nb employés symptomatiques', 'Symptomatic staff')],
                                           [[r.randint(0, 4)]])], cpi.full())})
        blocks.append(('p', L(lang, 'Voir fichier joint (onglet Patients).', 'See attached file (Patients tab).')))
    else:
        blocks.append(('table', hdr, rows))
    if org == 'flu' and r.random() < 0.6:
        types.add('medication')
        blocks.append(('p', L(lang, 'Oseltamivir prophylactique débuté pour tous les patients de l\'unité non atteints.',
                              'Prophylactic oseltamivir started for all unaffected patients on the unit.')))
    blocks += [('p', L(lang, 'Admissions fermées jusqu\'à nouvel ordre.', 'Unit closed to admissions until further notice.')),
               c.sig(cpi, lang, hosp['name'])]
    to = [c.staff(lang, '', hosp['dom']), c.staff(lang, '', hosp['dom'])]
    subj = r.choice([L(lang, 'Éclosion %s %s - liste linéaire' % (o[0], unit), '%s outbreak %s - line list' % (o[1], unit)),
                     L(lang, 'MAJ éclosion %s' % unit, 'Outbreak update %s' % unit)])
    return R('outbreak_line_list', lang, subj, cpi, to, blocks, types,
             'ward outbreak line list with patient names and chart numbers', atts=atts,
             cc=[pci_box(hosp, lang)] if r.random() < 0.4 else None)


def p_residence_outbreak(c, lang):
    r = c.rng
    res = r.choice(U.CHSLD + U.RPA)
    dom = 'residence-' + r.choice(['pinsgris', 'ambroise', 'troisherons', 'boisedore']) + '.example'
    inf = c.staff(lang, L(lang, 'infirmière-chef', 'head nurse'), dom)
    org = r.choice(['covid', 'flu', 'noro', 'rsv'])
    o = D.NOSO[org]
    types = {'patient_name'}
    lines = []
    for i in range(r.randint(3, 8)):
        p = c.nam_patient(adult=True) if r.random() < 0.4 else c.gen_patient('qc', age_range=(68, 99))
        st = r.choice([L(lang, 'isolé(e) à la chambre', 'isolated in room'),
                       L(lang, 'transféré(e) à l\'urgence', 'transferred to ED'),
                       L(lang, 'en voie de rétablissement', 'recovering'),
                       L(lang, 'DCD le %s', 'deceased on %s') % U.fdate(ago(c, 1), lang, 'short')])
        extra = ''
        if r.random() < 0.4:
            extra = ', ' + (o[2] if lang == 'fr' else o[3])
            types.add('lab_result')
        lines.append('%s (%s %s) — %s; %s%s' % (
            U.show_name(p, lang, r, r.choice(['title_full', 'full', 'title_sur'])), L(lang, 'ch.', 'rm'),
            r.randint(101, 260), ', '.join(r.sample(D.SYMPT_FR if lang == 'fr' else D.SYMPT_EN, 2)), st, extra))
    types.add('diagnosis')
    blocks = [('p', greet(c, lang)),
              ('p', L(lang, 'Comme discuté, voici les résidents symptomatiques (%s) au %s :' % (o[0], res),
                      'As discussed, here are the symptomatic residents (%s) at %s:' % (o[1], res))),
              ('list', lines)]
    if r.random() < 0.5:
        types.add('social_information')
        blocks.append(('p', L(lang, 'Les familles de Mme %s et de M. %s ne sont pas joignables; Mme %s est sous curatelle publique.'
                              % (r.choice(U.FR_S), r.choice(U.FR_S), r.choice(U.FR_S)),
                              'Families of Mrs %s and Mr %s cannot be reached; Mrs %s is under public curatorship.'
                              % (r.choice(U.FR_S), r.choice(U.FR_S), r.choice(U.FR_S)))))
    blocks += [('p', L(lang, 'Pouvez-vous nous confirmer les mesures pour les visites?', 'Can you confirm visitor restrictions?')),
               c.sig(inf, lang, res)]
    to = [dsp_box(lang)] if r.random() < 0.5 else [c.staff(lang, 'CPI', U.HOSP[0]['dom'])]
    subj = L(lang, r.choice(['Éclosion %s - résidents atteints', 'Cas %s au 2e étage', 'suivi eclosion %s']) % o[0],
             r.choice(['%s outbreak - affected residents', '%s cases 2nd floor', 'outbreak follow-up %s']) % o[1])
    return R('residence_outbreak', lang, subj, inf, to, blocks, types,
             'long-term care outbreak listing named residents and status')
