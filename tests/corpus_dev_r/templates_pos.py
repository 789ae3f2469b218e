# Positive templates (confidential). Each returns a spec dict.
def _S(ctx, lang, cat, subj, body, types, note, to=None, atts=None, cc=None, mode=None, reply=False, frm=None, quote=''):
    frm = frm or int_sender(ctx, lang)
    d = dict(cat=cat, lang=lang, subject=subj, body=body + sig(ctx, lang, frm[0]), types=types, note=note,
             to=to or [ext_rcpt(ctx)], atts=atts or [], cc=cc, from_=None, **{'from': frm})
    if mode: d['mode'] = mode
    if reply: d['in_reply_to'] = True
    d['quote'] = quote
    return d

def p_or_booking(ctx, lang):
    r = ctx.r; p = ctx.nam_patient(); dr = ctx.staff(); pr = ctx.proc(lang); dt = ctx.date(lang)
    if lang == 'fr':
        b = ("Bonjour,\n\nSVP réserver salle pour :\n%s\nDDN : %s   NAM : %s\nIntervention : %s\nChirurgien : %s\nDate souhaitée : %s, 1er cas\n"
             "Durée prévue 90 min, AG. Allergie pénicilline.\n\nMerci") % (pname(p, r), dob_txt(p['dob'], lang, r), fmt_nam(p['nam'], r), pr, dr, dt)
        s = 'Demande de réservation bloc - %s' % dt
    else:
        b = ("Hi,\n\nPlease book OR time for:\nPatient: %s  DOB %s\nRAMQ: %s\nProcedure: %s\nSurgeon: %s\nRequested date: %s (first case)\n"
             "Est. 90 min, GA. Allergic to penicillin.\n\nThanks") % (pname(p, r), dob_txt(p['dob'], lang, r), fmt_nam(p['nam'], r), pr, dr, dt)
        s = 'OR booking request - %s' % dt
    return _S(ctx, lang, 'or_booking', s, b, ['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'medication'],
              'OR booking request with patient name, DOB, NAM and procedure')

def p_or_cancel(ctx, lang):
    r = ctx.r; p = ctx.rand_patient(); m = ctx.mrn(); dt = ctx.date(lang)
    if lang == 'fr':
        s = 'ANNUL salle %d - %s %s (dos. %s)' % (r.randint(1, 12), p['sn'], p['gn'][0], m)
        b = "Cas annulé ce matin : pt a mangé à 6h + INR 2,8 ce matin (sous warfarine). À reprogrammer sem. prochaine. Aviser Dr svp.\n"
    else:
        s = 'CANCEL OR %d - %s %s (MRN %s)' % (r.randint(1, 12), p['sn'], p['gn'][0], m)
        b = "Case cancelled this am: pt ate breakfast + INR 2.8 (on warfarin). Needs rebooking next wk. Pls let the surgeon know.\n"
    return _S(ctx, lang, 'or_cancellation', s, b, ['patient_name', 'mrn', 'lab_result', 'medication'],
              'Subject names patient and chart number; body gives INR and anticoagulant', mode='plain')

def p_preop(ctx, lang):
    r = ctx.r; p = ctx.nam_patient(25); pr = ctx.proc(lang)
    hb = r.randint(92, 128); cr = r.randint(70, 160); k = round(r.uniform(3.3, 5.4), 1)
    if lang == 'fr':
        b = ("Dr,\n\nÉvaluation préop de %s %s (%d ans), NAM %s, prévu(e) pour %s.\n\nATCD : DB2, HTA, MPOC légère\nRx : metformine 500 mg BID, "
             "ramipril 10 mg DIE, apixaban 5 mg BID (cesser 48 h avant)\nLabos : Hb %d g/L, créat %d µmol/L, K %s\nECG : FA contrôlée.\n\n"
             "Consult anesthésie demandée. Merci de confirmer le plan anticoag.") % (title(p, lang), p['sn'], age(p['dob']), fmt_nam(p['nam'], r), pr, hb, cr, k)
        s = 'Clinique préop - %s' % p['sn']
    else:
        b = ("Dr,\n\nPre-op assessment for %s %s (%d y/o), RAMQ %s, booked for %s.\n\nPMHx: T2DM, HTN, mild COPD\nMeds: metformin 500 mg BID, "
             "ramipril 10 mg daily, apixaban 5 mg BID (hold 48h)\nLabs: Hb %d, Cr %d, K %s\nECG: rate-controlled AF.\n\n"
             "Anaesthesia consult requested. Please confirm anticoagulation plan.") % (title(p, lang), p['sn'], age(p['dob']), fmt_nam(p['nam'], r), pr, hb, cr, k)
        s = 'PAC note - %s' % p['sn']
    return _S(ctx, lang, 'preop_clinic', s, b, ['patient_name', 'ramq_nam', 'diagnosis', 'medication', 'lab_result'],
              'Pre-op clinic note: patient, NAM, comorbidities, meds and labs', to=[staff_addr(ctx, ctx.staff())])

def p_anesth(ctx, lang):
    r = ctx.r; p = ctx.rand_patient(); m = ctx.mrn(); bed = '%d%s-%02d' % (r.randint(3, 9), r.choice('ABC'), r.randint(1, 30))
    if lang == 'fr':
        b = ("Bonjour Dre,\n\nConsult anesthésie svp pour %s, lit %s (dossier %s). Apnée du sommeil sévère (CPAP), IMC 44, "
             "intubation difficile documentée en 2019. Chirurgie prévue jeudi.\n\nMerci!") % (p['gn'], bed, m)
        s = 'Consult anesthésie - lit %s' % bed
    else:
        b = ("Hi,\n\nAnaesthesia consult pls for %s in bed %s (chart %s). Severe OSA on CPAP, BMI 44, documented difficult airway 2019. "
             "Surgery planned Thursday.\n\nThx") % (p['gn'], bed, m)
        s = 'Anaesthesia consult - bed %s' % bed
    return _S(ctx, lang, 'anesthesia_consult', s, b, ['patient_name', 'mrn', 'diagnosis'],
              'Consult request: given name with bed and chart number plus airway/OSA history', to=[staff_addr(ctx, ctx.staff())])

def p_waitlist_xlsx(ctx, lang):
    r = ctx.r
    hdr = ['Nom', 'Prénom', 'Dossier', 'DDN', 'Intervention', 'Priorité', 'Jours attente'] if lang == 'fr' else ['Last', 'First', 'MRN', 'DOB', 'Procedure', 'Priority', 'Days waiting']
    rows = [hdr]
    for _ in range(r.randint(6, 14)):
        p = ctx.rand_patient(); rows.append([p['sn'], p['gn'], ctx.mrn(), p['dob'], ctx.proc(lang), r.choice(['P2', 'P3', 'P4']), r.randint(20, 400)])
    fn = ('liste_attente_chirurgie_%s.xlsx' if lang == 'fr' else 'surgical_waitlist_%s.xlsx') % r.choice(['ortho', 'gen', 'uro'])
    att = Att(fn, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx('Liste' if lang == 'fr' else 'Waitlist', rows))
    if lang == 'fr':
        s, b = 'Liste d\'attente à jour', "Bonjour,\n\nCi-joint la liste d'attente nominative à jour pour la révision des priorités de vendredi. Svp ne pas transférer.\n"
    else:
        s, b = 'Updated wait list', "Hi,\n\nAttached is the updated named wait list for Friday's prioritization meeting. Please do not forward.\n"
    return _S(ctx, lang, 'waitlist_named', s, b, ['patient_name', 'mrn', 'date_of_birth', 'diagnosis'],
              'XLSX attachment lists patients with chart numbers, DOB and procedures', atts=[att])

def p_patho_pdf(ctx, lang):
    r = ctx.r; p = ctx.nam_patient(25); m = ctx.mrn()
    lines = ['Patient: %s   NAM: %s' % (pname(p, r, 0), p['nam']), 'DOB: %s  Sex: %s  Chart: %s' % (p['dob'], p['sex'], m),
             'Specimen: %s' % r.choice(['Gallbladder', 'Right colon', 'Thyroid, total', 'Breast, left, lumpectomy']),
             'Final diagnosis: %s' % r.choice(['Adenocarcinoma, moderately differentiated, pT3 N1a (1/18)', 'Papillary thyroid carcinoma, 1.4 cm, margins clear',
                                               'Chronic cholecystitis with cholelithiasis. No malignancy.', 'Invasive ductal carcinoma, grade 2, margins 3 mm']),
             'Pathologist: %s' % ctx.staff()]
    fn = ('rapport_patho_%s.pdf' if lang == 'fr' else 'path_report_%s.pdf') % p['sn'].encode('ascii', 'ignore').decode()
    att = Att(fn, 'application/pdf', make_pdf('Surgical pathology report', lines))
    if lang == 'fr':
        s, b = 'Résultat de pathologie', "Bonjour,\n\nVoici le rapport final de patho pour votre patient(e), à discuter au suivi post-op.\n"
    else:
        s, b = 'Pathology result', "Hello,\n\nFinal surgical path report attached for your patient, for discussion at the post-op visit.\n"
    return _S(ctx, lang, 'pathology_result', s, b, ['patient_name', 'ramq_nam', 'date_of_birth', 'mrn', 'diagnosis'],
              'PDF pathology report (name also in file name) with NAM and diagnosis', atts=[att], to=[ext_rcpt(ctx, 'gmf-plateau.example', 'Dre Lucie Aubin')])

def p_postop_reply(ctx, lang):
    r = ctx.r; p = ctx.rand_patient(); bed = r.randint(401, 699); pod = r.randint(1, 5)
    if lang == 'fr':
        b, q = ("Ok, on garde le drain. Refaire FSC demain matin.\n", "\nLe %s, %s a écrit :\n> Pour %s au %d (dossier %s) : JPO%d post %s, "
             "fièvre 38,6 cette nuit, drain 250 mL séro-sanglant, plaie érythémateuse. Leuco 14,2. On continue céfazoline ?\n" % (
             ctx.date(lang), ctx.staff(), p['gn'], bed, ctx.mrn(), pod, ctx.proc(lang)))
        s = 'RE: suivi post-op ch. %d' % bed
    else:
        b, q = ("OK keep the drain. Repeat CBC in am.\n", "\nOn %s, %s wrote:\n> Re %s in %d (MRN %s): POD%d after %s, T 38.6 overnight, "
             "drain 250 mL serosang, wound erythematous. WBC 14.2. Continue cefazolin?\n" % (
             ctx.date(lang), ctx.staff(), p['gn'], bed, ctx.mrn(), pod, ctx.proc(lang)))
        s = 'RE: post-op f/u room %d' % bed
    return _S(ctx, lang, 'postop_followup', s, b, ['patient_name', 'mrn', 'diagnosis', 'lab_result', 'medication'],
              'Reply on quoted thread: given name, room, chart number, post-op fever and labs', reply=True, to=[staff_addr(ctx, ctx.staff())], quote=q)

def p_wound_clsc(ctx, lang):
    r = ctx.r; p = ctx.nam_patient(25); ph = ctx.phone(); ad = ctx.addr()
    paras = ['Nom : %s' % pname(p, r, 3), 'NAM : %s   DDN : %s' % (p['nam'], p['dob']), 'Adresse : %s   Tél. : %s' % (ad, ph),
             'Chirurgie : %s le %s' % (ctx.proc('fr'), ctx.date('fr')), 'Soins : plaie abdominale 6 cm, mèche iodoformée, changement q48h. VAC à évaluer.',
             'Vit seul(e), pas d\'aidant; escaliers.']
    att = Att('referral_soins_plaies_%s.docx' % p['sn'].encode('ascii', 'ignore').decode().lower(),
              'application/vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx('Demande de services - soins de plaie', paras))
    if lang == 'fr':
        s, b = 'Référence soins de plaie - congé demain', "Bonjour,\n\nCi-joint une demande de soins de plaie à domicile, congé prévu demain. Premier pansement jeudi svp.\n"
    else:
        s, b = 'Wound care referral - discharge tomorrow', "Hello,\n\nPlease find attached a home wound-care referral; discharge planned tomorrow. First dressing Thursday please.\n"
    return _S(ctx, lang, 'wound_referral', s, b, ['patient_name', 'ramq_nam', 'date_of_birth', 'patient_contact', 'diagnosis', 'social_information'],
              'DOCX home-care referral with name, NAM, home address and wound details', atts=[att], to=[ext_rcpt(ctx, 'clsc-riviere.example', 'Soins à domicile')])

def p_implant_csv(ctx, lang):
    r = ctx.r
    rows = [['patient_name', 'chart', 'surgery_date', 'implant', 'ref', 'lot', 'side']]
    for _ in range(r.randint(3, 8)):
        p = ctx.rand_patient()
        rows.append(['%s %s' % (p['sn'].upper(), p['gn']), ctx.mrn(), ctx.date('fr'), r.choice(['Acetabular cup 54mm', 'Femoral stem #4', 'Tibial tray sz 5', 'Mesh 15x15']),
                     'REF-%d' % r.randint(10000, 99999), 'LOT%d' % r.randint(1000000, 9999999), r.choice(['L', 'R'])])
    att = Att('registre_implants_nov2026.csv', 'text/csv', make_csv(rows))
    if lang == 'fr':
        s, b = 'Registre implants - novembre', "Bonjour,\n\nVoici l'extraction mensuelle pour le registre des implants (noms et dossiers inclus, tel que demandé).\n"
    else:
        s, b = 'Implant registry - November', "Hi,\n\nMonthly extract for the implant registry attached (names and charts included as requested).\n"
    return _S(ctx, lang, 'implant_registry', s, b, ['patient_name', 'mrn', 'diagnosis'], 'CSV implant registry extract with patient names and charts',
              atts=[att], to=[ext_rcpt(ctx, 'ortho-implants.example', 'Registry')])

def p_signout(ctx, lang):
    r = ctx.r
    lines = []
    for _ in range(r.randint(4, 7)):
        p = ctx.rand_patient()
        lines.append('%s | %s%s | %s | %s' % (r.randint(401, 720), p['gn'][0], p['sn'][0], ctx.mrn(),
                     r.choice(['POD1 lap chole, pain ctrl ok', 'POD3 R hemicolectomy, ileus, NPO/NG', 'POD2 TKA, Hb 82 - transfuse if <80',
                               'POD0 appy, AKI watch creat', 'POD4 Whipple, drain amylase pending', 'POD1 thyroid, check Ca2+ q6h'])))
    s = 'Liste de relève chirurgie - nuit' if lang == 'fr' else 'Gen surg sign-out - night'
    b = ('Relève de nuit:\n\n' if lang == 'fr' else 'Night sign-out:\n\n') + '\n'.join(lines) + '\n'
    return _S(ctx, lang, 'signout_list', s, b, ['mrn', 'diagnosis', 'lab_result'],
              'Sign-out list with initials, rooms, chart numbers and post-op problems', to=[staff_addr(ctx, ctx.staff())])

def p_fwd_eml(ctx, lang):
    r = ctx.r; p = ctx.nam_patient(25); ph = ctx.phone()
    inner = ("Bonjour, je suis %s %s, NAM %s. Ma chirurgie (%s) a été annulée deux fois. J'ai perdu mon emploi à cause de l'attente et je "
             "vis chez ma soeur. Rappelez-moi au %s svp.") % (p['gn'], p['sn'], p['nam'], ctx.proc('fr'), ph)
    att = Att('plainte_patient.eml', 'message/rfc822', inner_eml(ctx, ('%s %s' % (p['gn'], p['sn']), 'p%d@gmail.example' % r.randint(100, 999)),
              ('Bloc', 'bloc@chu-exemple.example'), 'Ma chirurgie', inner, 'fr'))
    if lang == 'fr':
        s, b = 'TR: Ma chirurgie', "Pour suivi par le commissariat aux plaintes, voir le courriel de la patiente ci-joint.\n"
    else:
        s, b = 'FW: Ma chirurgie', "Forwarding the attached patient e-mail for the complaints office to follow up.\n"
    return _S(ctx, lang, 'fwd_complaint', s, b, ['patient_name', 'ramq_nam', 'patient_contact', 'social_information', 'diagnosis'],
              'Patient e-mail forwarded as .eml attachment with NAM, phone and social situation', atts=[att], to=[ext_rcpt(ctx, 'chu-exemple.example', 'Commissariat plaintes')])

def p_ics(ctx, lang):
    r = ctx.r; p = ctx.rand_patient(); m = ctx.mrn()
    start = datetime.datetime(2026, 12, r.randint(1, 22), r.choice([7, 8, 10, 13]), 30)
    summ = '%s - %s - %s' % (p['sn'], ctx.proc(lang), m)
    ics = make_ics('or-%d@chu-exemple.example' % r.randint(1000, 9999), summ, ('DDN %s; diabétique sous insuline' if lang == 'fr' else 'DOB %s; insulin-dependent diabetic') % p['dob'], start, lang, 'Salle %d' % r.randint(1, 12))
    att = Att('invite.ics', 'text/calendar', ics)
    s = 'Invitation : salle d\'op' if lang == 'fr' else 'Invitation: OR slot'
    b = ("Invitation pour le cas, voir pièce jointe.\n" if lang == 'fr' else "Calendar hold for the case, see invite.\n")
    return _S(ctx, lang, 'or_invite_ics', s, b, ['patient_name', 'mrn', 'date_of_birth', 'diagnosis'],
              'ICS invitation whose summary and description name the patient, chart and diabetes', atts=[att], to=[staff_addr(ctx, ctx.staff())])

def p_vcard(ctx, lang):
    r = ctx.r; p = ctx.rand_patient(); ph = ctx.phone(); ad = ctx.addr()
    v = make_vcf('%s %s' % (p['gn'], p['sn']), p['sn'], p['gn'], ph, ad, 'Transport post-op chir. d\'un jour - fauteuil roulant')
    att = Att('%s_%s.vcf' % (p['gn'].encode('ascii', 'ignore').decode(), p['sn'].encode('ascii', 'ignore').decode()), 'text/vcard', v)
    if lang == 'fr':
        s, b = 'Transport adapté - retour chirurgie d\'un jour', "Bonjour,\n\nCoordonnées du patient en pièce jointe pour le retour à domicile après sa chirurgie de jour (%s), vers 15 h.\n" % ctx.proc(lang)
    else:
        s, b = 'Para-transit - day surgery return', "Hi,\n\nPatient contact card attached for the ride home after day surgery (%s), around 3 pm.\n" % ctx.proc(lang)
    return _S(ctx, lang, 'transport_vcard', s, b, ['patient_name', 'patient_contact', 'diagnosis'],
              'vCard with patient home address/phone for post-op transport', atts=[att], to=[ext_rcpt(ctx, 'transport-adapte.example', 'Répartition')])

def p_disguised(ctx, lang):
    r = ctx.r; p = ctx.nam_patient(); n = p['nam']
    spaced = ' '.join(n)
    if lang == 'fr':
        b = ("Salut,\n\nJ'écris le numéro avec des espaces pour que le filtre bloque pas : %s\nC'est pour %s (%s), biopsie positive, "
             "à mettre en priorité P1 sur ta liste.\n") % (spaced, p['gn'], p['sn'][0] + '.', )
        s = 'priorité P1'
    else:
        b = ("Hey,\n\nSpacing the number out so the filter won't catch it: %s\nThat's %s %s., biopsy came back positive, "
             "please move to P1 on your list.\n") % (spaced, p['gn'], p['sn'][0])
        s = 'P1 bump'
    return _S(ctx, lang, 'disguised_id', s, b, ['ramq_nam', 'patient_name', 'diagnosis'],
              'NAM spelled with spaces deliberately plus given name and positive biopsy', to=[ext_rcpt(ctx, 'gmail.example', 'Marc')], mode='plain')

def p_fullwidth(ctx, lang):
    r = ctx.r; p = ctx.rand_patient(); m = '%08d' % r.randint(10000000, 99999999)
    fw = ''.join(chr(0xFF10 + int(c)) for c in m)
    if lang == 'fr':
        s = 'Spécimen sans étiquette'
        b = "Bonjour,\n\nSpécimen reçu en patho sans étiquette, réquisition indique dossier %s, %s, exérèse ganglion axillaire. Pouvez-vous confirmer?\n" % (fw, p['sn'].upper())
    else:
        s = 'Unlabelled specimen'
        b = "Hello,\n\nSpecimen received in path unlabelled; requisition says chart %s, %s, axillary node excision. Can you confirm?\n" % (fw, p['sn'].upper())
    return _S(ctx, lang, 'specimen_query', s, b, ['mrn', 'patient_name', 'diagnosis'], 'Chart number in full-width digits with surname and specimen',
              to=[ext_rcpt(ctx, 'labo-patho.example', 'Pathologie')])

def p_ontario(ctx, lang):
    r = ctx.r; p = ctx.rand_patient(); hn = ctx.ohn(); vc = r.choice(['AB', 'KT', 'XZ'])
    hn_t = r.choice(['%s-%s-%s' % (hn[:4], hn[4:7], hn[7:]), hn, '%s %s %s' % (hn[:4], hn[4:7], hn[7:])])
    if lang == 'fr':
        b = ("Bonjour,\n\nTransfert de %s %s (OHIP %s %s), DDN %s, opéré(e) ici d'une %s, retour vers votre centre pour suivi. "
             "Résumé de congé à suivre par fax.\n") % (title(p, lang), pname(p, r, 1), hn_t, vc, p['dob'], ctx.proc(lang))
        s = 'Transfert Ontario - %s' % p['sn']
    else:
        b = ("Hello,\n\nRepatriating %s %s (OHIP %s %s), DOB %s, who had a %s here. Discharge summary to follow by fax. "
             "Bed needed Tuesday.\n") % (title(p, lang), pname(p, r, 1), hn_t, vc, p['dob'], ctx.proc(lang))
        s = 'Repatriation - %s' % p['sn']
    return _S(ctx, lang, 'transfer_ontario', s, b, ['patient_name', 'ca_health_number', 'date_of_birth', 'diagnosis'],
              'Ontario repatriation with health number, DOB and procedure', to=[ext_rcpt(ctx, 'ottawa-general.example', 'Patient Flow')])

def p_billing_sin(ctx, lang):
    r = ctx.r; p = ctx.rand_patient(); s_ = ctx.sin()
    st = r.choice(['%s %s %s' % (s_[:3], s_[3:6], s_[6:]), s_, '%s-%s-%s' % (s_[:3], s_[3:6], s_[6:])])
    if lang == 'fr':
        b = ("Bonjour,\n\nPour la réclamation d'assurance invalidité de %s, NAS %s : arrêt de travail 8 semaines suite à %s le %s. "
             "Formulaire signé par le chirurgien ci-joint sous peu.\n") % (pname(p, r, 1), st, ctx.proc(lang), ctx.date(lang))
        s = 'Réclamation invalidité'
    else:
        b = ("Hello,\n\nRe disability claim for %s, SIN %s: off work 8 weeks following %s on %s. Surgeon-signed form to follow.\n") % (
             pname(p, r, 1), st, ctx.proc(lang), ctx.date(lang))
        s = 'Disability claim'
    return _S(ctx, lang, 'insurance_claim', s, b, ['patient_name', 'ca_sin', 'diagnosis'], 'Insurer mail with patient name, SIN and surgery',
              to=[ext_rcpt(ctx, 'sunlife-claims.example', 'Claims')])

def p_foreign(ctx, lang):
    r = ctx.r; p = ctx.rand_patient()
    if r.random() < 0.5:
        idn = ctx.niss(p['dob'], p['sex']); lab = 'NISS'; t = 'be_niss'
    else:
        idn = ctx.nir(p['dob'], p['sex']); lab = 'NIR'; t = 'fr_nir'
    if lang == 'fr':
        b = ("Madame, Monsieur,\n\nNous avons opéré en urgence %s %s (%s %s), touriste, pour %s. Merci de nous indiquer la prise en charge "
             "pour la facturation hors Québec.\n") % (title(p, lang), pname(p, r, 1), lab, idn, r.choice(['appendicite perforée', 'fracture de hanche', 'cholécystite aiguë']))
        s = 'Patient étranger - prise en charge'
    else:
        b = ("Dear colleagues,\n\nWe operated urgently on %s %s (%s %s), a visitor, for %s. Please advise coverage for out-of-country billing.\n") % (
             title(p, lang), pname(p, r, 1), lab, idn, r.choice(['perforated appendicitis', 'hip fracture', 'acute cholecystitis']))
        s = 'Foreign patient - coverage'
    return _S(ctx, lang, 'foreign_coverage', s, b, ['patient_name', t, 'diagnosis'], 'Coverage request with European ID and emergency surgery',
              to=[ext_rcpt(ctx, 'assistance-voyage.example', 'Assistance')])

def p_zip_files(ctx, lang):
    r = ctx.r; p = ctx.nam_patient()
    sn = p['sn'].encode('ascii', 'ignore').decode(); gn = p['gn'].encode('ascii', 'ignore').decode()
    pdf = make_pdf('Protocole operatoire', ['Patient: %s %s' % (p['gn'], p['sn']), 'NAM: %s' % p['nam'], 'Intervention: %s' % ctx.proc('fr'),
                                            'Complications: saignement 600 mL, transfusion 1 CG'])
    z = make_zip([('%s_%s_protocole_op.pdf' % (sn, gn), pdf), ('%s_%s_note_anesth.txt' % (sn, gn), ('Patient %s %s - ASA 3 - HTA, IRC stade 3\n' % (p['gn'], p['sn'])).encode('utf-8'))])
    att = Att('dossier_%s.zip' % sn.lower(), 'application/zip', z)
    s = 'Documents demandés' if lang == 'fr' else 'Requested documents'
    b = "Bonjour,\n\nVoici les documents demandés (archive).\n" if lang == 'fr' else "Hi,\n\nHere are the requested documents (zipped).\n"
    return _S(ctx, lang, 'zip_records', s, b, ['patient_name', 'ramq_nam', 'diagnosis'], 'ZIP of op note and anaesthesia note; names in file names',
              atts=[att], to=[ext_rcpt(ctx, 'avocats-lex.example', 'Me Dion')])

def p_mm_ident(ctx, lang):
    r = ctx.r; p = ctx.rand_patient(); m = ctx.mrn()
    if lang == 'fr':
        b = ("Bonjour,\n\nCas proposé pour M&M de jeudi : %s, dossier %s, %d ans, fuite anastomotique JPO5 après colectomie, réopération, séjour SI 9 jours. "
             "Svp anonymiser avant la présentation.\n") % (pname(p, r, 2), m, age(p['dob']))
        s = 'Cas M&M jeudi'
    else:
        b = ("Hi,\n\nCase for Thursday M&M: %s, MRN %s, %d y/o, anastomotic leak POD5 after colectomy, re-op, 9 days ICU. "
             "Please de-identify before the slides go out.\n") % (pname(p, r, 2), m, age(p['dob']))
        s = 'M&M case Thursday'
    return _S(ctx, lang, 'mm_case_identified', s, b, ['patient_name', 'mrn', 'diagnosis'], 'M&M case submission still carrying name and chart',
              to=[staff_addr(ctx, ctx.staff())])

def p_subject_split(ctx, lang):
    r = ctx.r; p = ctx.nam_patient()
    s = '%s %s - %s' % (p['sn'], p['gn'], p['nam'])
    b = ("Résultat gelé : marges atteintes. Retour en salle prévu demain.\n" if lang == 'fr' else "Frozen section: margins involved. Back to OR tomorrow.\n")
    return _S(ctx, lang, 'subject_split', s, b, ['patient_name', 'ramq_nam', 'diagnosis'], 'Name and NAM in Subject, frozen-section result in body',
              to=[staff_addr(ctx, ctx.staff())], mode='plain')

def p_inline_fwd(ctx, lang):
    r = ctx.r; p = ctx.nam_patient(65); ph = ctx.phone()
    inner = ("De : %s\nEnvoyé : %s\nÀ : Chirurgie d'un jour\nObjet : rendez-vous\n\nBonjour, ma mère %s %s (NAM %s) doit être opérée pour une hernie "
             "mais elle a la démence et ne peut pas rester seule après. Peut-on l'hospitaliser une nuit? Mon cell : %s\n") % (
             '%s %s' % (r.choice(GIVF), p['sn']), ctx.date('fr', (-20, -1)), p['gn'], p['sn'], fmt_nam(p['nam'], r), ph) if p['sex'] == 'F' else (
             "De : %s\nEnvoyé : %s\nÀ : Chirurgie d'un jour\nObjet : rendez-vous\n\nBonjour, mon père %s %s (NAM %s) doit être opéré pour une hernie "
             "mais il a la démence et ne peut pas rester seul après. Peut-on l'hospitaliser une nuit? Mon cell : %s\n") % (
             '%s %s' % (r.choice(GIVF), p['sn']), ctx.date('fr', (-20, -1)), p['gn'], p['sn'], fmt_nam(p['nam'], r), ph)
    if lang == 'fr':
        s, b = 'TR: rendez-vous', "Dre, voir ci-dessous, on change pour une admission post-op?\n"
        q = "\n-------- Message transféré --------\n" + inner
    else:
        s, b = 'FW: rendez-vous', "Dr, see below - should we convert to a post-op admission?\n"
        q = "\n---------- Forwarded message ----------\n" + inner
    return _S(ctx, lang, 'inline_forward', s, b, ['patient_name', 'ramq_nam', 'diagnosis', 'patient_contact', 'social_information'],
              'Inline forward of family e-mail with NAM, dementia and caregiving situation', to=[staff_addr(ctx, ctx.staff())], quote=q)

def p_dsu_table(ctx, lang):
    r = ctx.r
    rows = []
    for _ in range(r.randint(4, 7)):
        p = ctx.rand_patient()
        rows.append('%s | %s | %s | %s | %s' % ('%02d:%02d' % (r.choice([7, 8, 9, 10, 11]), r.choice([0, 15, 30, 45])), pname(p, r, 0), ctx.mrn(), ctx.proc(lang),
                    r.choice(['diabétique', 'latex', 'apnée sommeil', '-', 'anticoagulé']) if lang == 'fr' else r.choice(['diabetic', 'latex allergy', 'OSA', '-', 'on anticoag'])))
    s = 'Chirurgie d\'un jour - liste de demain' if lang == 'fr' else 'Day surgery - tomorrow\'s list'
    b = (('Liste pour demain :\n\n' if lang == 'fr' else "Tomorrow's list:\n\n") + '\n'.join(rows) + '\n')
    return _S(ctx, lang, 'day_surgery_list', s, b, ['patient_name', 'mrn', 'diagnosis'], 'Day surgery list table with names, charts and alerts',
              to=[ext_rcpt(ctx, 'chu-exemple.example', 'Unité chirurgie de jour')], mode='html')

def p_social(ctx, lang):
    r = ctx.r; p = ctx.rand_patient(); m = ctx.mrn()
    if lang == 'fr':
        s = 'Congé post-op - situation sociale'
        b = ("Bonjour,\n\n%s %s (dossier %s), JPO3 %s. Dévoile de la violence conjugale; ne souhaite pas retourner à domicile. "
             "Besoin d'une place en maison d'hébergement et suivi DPJ pour ses enfants. Merci de me rappeler.\n") % (title(p, lang), pname(p, r, 1), m, ctx.proc(lang))
    else:
        s = 'Post-op discharge - social situation'
        b = ("Hello,\n\n%s %s (MRN %s), POD3 %s, disclosed intimate partner violence and does not want to go home. "
             "Needs shelter placement; youth protection involved for the children. Please call me back.\n") % (title(p, lang), pname(p, r, 1), m, ctx.proc(lang))
    return _S(ctx, lang, 'social_work', s, b, ['patient_name', 'mrn', 'social_information', 'diagnosis'], 'Social work mail: domestic violence and youth protection',
              to=[ext_rcpt(ctx, 'maison-refuge.example', 'Intervenante')])

def p_ontario_homecare(ctx, lang):
    r = ctx.r; p = ctx.rand_patient(); hn = ctx.ohn(); ad = ctx.addr().replace('Montréal', 'Cornwall'); ph = ctx.phone()
    lines = ['Client: %s' % pname(p, r, 3), 'HCN: %s' % hn, 'DOB: %s' % p['dob'], 'Address: %s ON   Phone: %s' % (ad, ph),
             'Services: nursing - NPWT dressing change q72h, PICC for IV ertapenem x 14 d']
    att = Att('home_care_referral_%s.pdf' % p['sn'].encode('ascii', 'ignore').decode(), 'application/pdf', make_pdf('Home and Community Care referral', lines))
    s = 'Référence soins à domicile Ontario' if lang == 'fr' else 'Home care referral - Ontario resident'
    b = ("Référence jointe pour une résidente/un résident de l'Ontario, congé vendredi.\n" if lang == 'fr' else "Referral attached for an Ontario resident, discharge Friday.\n")
    return _S(ctx, lang, 'homecare_ontario', s, b, ['patient_name', 'ca_health_number', 'date_of_birth', 'patient_contact', 'medication', 'diagnosis'],
              'PDF home-care referral with Ontario health number, address and IV antibiotics', atts=[att], to=[ext_rcpt(ctx, 'homecare-east.example', 'Intake')])

def p_critical(ctx, lang):
    r = ctx.r; p = ctx.rand_patient(); m = ctx.mrn(); unit = '%d%s' % (r.randint(4, 9), r.choice('ABCDE')); k = round(r.uniform(6.3, 7.1), 1)
    if lang == 'fr':
        s = 'VALEUR CRITIQUE K+ %s - %s' % (k, unit)
        b = "Valeur critique : K+ %s mmol/L à 03h12, %s %s., %s-%02d, dos. %s, JPO1 PTG. Résident de garde avisé, ECG fait.\n" % (k, p['sn'], p['gn'][0], unit, r.randint(1, 30), m)
    else:
        s = 'CRITICAL K+ %s - %s' % (k, unit)
        b = "Critical value: K+ %s mmol/L at 03:12, %s %s., %s-%02d, chart %s, POD1 TKA. On-call resident notified, ECG done.\n" % (k, p['sn'], p['gn'][0], unit, r.randint(1, 30), m)
    return _S(ctx, lang, 'critical_value', s, b, ['patient_name', 'mrn', 'lab_result', 'diagnosis'], 'Critical potassium with surname, bed and chart',
              to=[staff_addr(ctx, ctx.staff())], mode='plain')

def p_filled_form(ctx, lang):
    r = ctx.r; p = ctx.nam_patient(18)
    paras = ['Nom du patient : %s' % pname(p, r, 3), 'NAM : %s  DDN : %s' % (fmt_nam(p['nam'], r), dob_txt(p['dob'], 'fr', r)), 'Intervention prévue : %s' % ctx.proc('fr'),
             'Allergies : sulfa   Anticoagulants : oui (rivaroxaban 20 mg)', 'Jeûne depuis minuit : oui', 'Consomme 3-4 consommations/jour, ancien usager de cocaïne']
    fn = 'questionnaire_preop_%s_%s.docx' % (p['sn'].encode('ascii', 'ignore').decode(), p['gn'].encode('ascii', 'ignore').decode())
    att = Att(fn, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx('Questionnaire préopératoire', paras))
    s = 'Questionnaire complété' if lang == 'fr' else 'Completed questionnaire'
    b = "Questionnaire préop complété, pour le dossier.\n" if lang == 'fr' else "Completed pre-op questionnaire for the chart.\n"
    return _S(ctx, lang, 'preop_form_filled', s, b, ['patient_name', 'ramq_nam', 'date_of_birth', 'medication', 'social_information'],
              'Filled-in pre-op questionnaire DOCX with NAM, anticoagulant and substance use', atts=[att], to=[ext_rcpt(ctx, 'chu-exemple.example', 'Archives')])

def p_reschedule(ctx, lang):
    r = ctx.r; p = ctx.rand_patient(); ph = ctx.phone()
    if lang == 'fr':
        s = 'À rappeler - devancer chirurgie'
        b = ("Salut,\n\nPeux-tu rappeler %s %s au %s (cell) pour lui offrir le 14 déc. à 8 h, %s avec %s? %s est disponible le matin seulement "
             "(dialyse lun-mer-ven).\n") % (title(p, lang), p['sn'], ph, ctx.proc(lang), ctx.staff(), 'Il' if p['sex'] == 'M' else 'Elle')
    else:
        s = 'Call back - move up surgery'
        b = ("Hi,\n\nCan you call %s %s at %s (cell) and offer Dec 14 at 8am for %s with %s? Dialysis Mon/Wed/Fri so mornings only.\n") % (
             title(p, lang), p['sn'], ph, ctx.proc(lang), ctx.staff())
    return _S(ctx, lang, 'reschedule_call', s, b, ['patient_name', 'patient_contact', 'diagnosis'], 'Rescheduling note with patient surname, cell phone and dialysis',
              to=[ext_rcpt(ctx, 'chu-exemple.example', 'Réservation')])

POS = [p_critical, p_filled_form, p_reschedule, p_inline_fwd, p_dsu_table, p_social, p_ontario_homecare, p_or_booking, p_or_cancel, p_preop, p_anesth, p_waitlist_xlsx, p_patho_pdf, p_postop_reply, p_wound_clsc, p_implant_csv, p_signout,
       p_fwd_eml, p_ics, p_vcard, p_disguised, p_fullwidth, p_ontario, p_billing_sin, p_foreign, p_zip_files, p_mm_ident, p_subject_split]
