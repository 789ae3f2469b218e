# Positive (confidential) templates. Each returns a dict: subject, body, types, note, [atts], [to_ext].
import datetime
from core import (fmt_hn, fmt_nam, disguise, make_pdf, make_docx, make_xlsx, make_zip, make_ics, make_vcf, gen_niss, gen_nir)
from people import hon, pro, age


def pid(c, p, style=None):
    """Return (text, type) of the patient's health-insurance identifier."""
    r = c.rng
    if p['nam']:
        s = r.randint(0, 2) if style is None else style
        return fmt_nam(p['nam'], s), 'ramq_nam'
    s = r.randint(0, 2) if style is None else style
    return fmt_hn(p['hn'], s, p.get('vc', '')), 'ca_health_number'


def dob(c, p):
    d = p['dob']
    return c.rng.choice([d.isoformat(), d.strftime('%d/%m/%Y'), d.strftime('%b %d, %Y') if c.lang == 'en' else d.strftime('%d-%m-%Y')])


def nm(c, p, style=None):
    s = c.rng.randint(0, 3) if style is None else style
    if s == 0:
        return '%s %s' % (p['first'], p['last'])
    if s == 1:
        return '%s, %s' % (p['last'].upper(), p['first'])
    if s == 2:
        return '%s %s' % (hon(p, c.lang), p['last'])
    return '%s %s %s' % (hon(p, c.lang), p['first'], p['last'])


DX_ORTHO_EN = ['L hip OA, end-stage', 'R knee OA, failed conservative mx', 'displaced distal radius #', 'rotator cuff tear R shoulder',
               'periprosthetic loosening L THA', 'trimalleolar ankle #', 'L4-5 spinal stenosis w neurogenic claudication']
DX_ORTHO_FR = ['coxarthrose G sévère', 'gonarthrose D, échec du tx conservateur', 'fracture radius distal déplacée',
               'déchirure coiffe des rotateurs D', 'fracture trimalléolaire cheville G']
DX_SURG_EN = ['symptomatic cholelithiasis', 'incarcerated inguinal hernia', 'acute appendicitis', 'SBO, likely adhesions',
              'sigmoid diverticulitis with abscess', 'umbilical hernia', 'rectal bleeding, ?polyp']
DX_SURG_FR = ['cholélithiase symptomatique', 'hernie inguinale incarcérée', 'appendicite aiguë', 'occlusion grêle sur brides',
              'diverticulite sigmoïdienne avec abcès']
MEDS_EN = ['apixaban 5 mg BID', 'metformin 500 mg BID', 'hydromorphone 1 mg PO q4h PRN', 'ramipril 10 mg daily',
           'warfarin (INR goal 2-3)', 'pregabalin 75 mg BID', 'celecoxib 200 mg daily', 'enoxaparin 40 mg SC daily']
MEDS_FR = ['apixaban 5 mg BID', 'metformine 500 mg BID', 'hydromorphone 1 mg PO q4h PRN', 'ramipril 10 mg die',
           'warfarine (RNI visé 2-3)', 'prégabaline 75 mg BID', 'énoxaparine 40 mg SC die']


def dx(c, surg=None):
    surg = c.rng.random() < 0.5 if surg is None else surg
    if c.lang == 'fr':
        return c.rng.choice(DX_SURG_FR if surg else DX_ORTHO_FR)
    return c.rng.choice(DX_SURG_EN if surg else DX_ORTHO_EN)


def med(c):
    return c.rng.choice(MEDS_FR if c.lang == 'fr' else MEDS_EN)


def p_referral(c):
    p = c.patient(); s = c.staff(kw='Emergency|Urgence|Family'); e = c.ext('ortho')
    idt, ty = pid(c, p)
    d = dx(c, surg=False)
    if c.rng.random() < 0.4:
        body = c.L("pls see %s %s %s (HN %s) in fracture clinic next wk - %s, splinted in ED.\n\nthx\n" % (p['last'], p['first'], dob(c, p), idt, d),
                   "SVP voir %s %s %s (NAM %s) en clinique de fracture sem. prochaine - %s, attelle posée.\n\nmerci\n" % (p['last'], p['first'], dob(c, p), idt, d))
        return dict(subject=c.L('fracture clinic', 'clinique fracture'), body=body + c.sig(s), frm=s, to=e, types=[ty, 'patient_name', 'date_of_birth', 'diagnosis'],
                    note='terse fracture clinic referral with patient name, DOB, health number, injury')
    body = c.L(
        "Hi,\n\nPlease see referral below for ortho assessment.\n\nPatient: %s\nDOB: %s\nHealth #: %s\nReason: %s\n"
        "Imaging done at our site, report attached to the chart. Pt is keen on surgery, BMI 34.\n\nThanks,\n" % (nm(c, p, 0), dob(c, p), idt, d),
        "Bonjour,\n\nDemande de consultation en orthopédie:\n\nNom: %s\nDDN: %s\nNAM: %s\nMotif: %s\n"
        "Radiographies faites ici. %s souhaite être opéré%s rapidement.\n\nMerci,\n" % (nm(c, p, 1), dob(c, p), idt, d,
                                                                                 pro(p, 'fr').capitalize(), pro(p, 'fr', 'adj_e')))
    return dict(subject=c.L('Ortho referral - %s' % p['last'], 'Référence ortho - %s' % p['last']), body=body + c.sig(s),
                frm=s, to=e, types=[ty, 'patient_name', 'date_of_birth', 'diagnosis'],
                note='orthopaedic referral with patient name, DOB, health number and diagnosis')


def p_consult_reply(c):
    p = c.patient(); s = c.staff(kw='Ortho|Surgery|Chirurgie'); e = c.ext('fht')
    d = dx(c)
    body = c.L(
        "Dear colleague,\n\nThank you for referring %s (MRN %s), seen in clinic today. Impression: %s. "
        "Plan: booked for surgery, pre-op clinic to contact %s. Hold %s 3 days before.\n\nRegards,\n" % (nm(c, p, 3), p['mrn'], d, pro(p, 'en', 'obj'), med(c)),
        "Chère collègue,\n\nMerci pour la référence de %s (dossier %s), vu%s en clinique ce matin. Impression: %s. "
        "Plan: inscrit%s sur la liste opératoire. Cesser %s 3 jours avant.\n\nCordialement,\n" % (nm(c, p, 3), p['mrn'], pro(p, 'fr', 'adj_e'), d,
                                                                                        pro(p, 'fr', 'adj_e'), med(c)))
    return dict(subject=c.L('Consult note', 'Note de consultation'), body=body + c.sig(s), frm=s, to=e,
                types=['patient_name', 'mrn', 'diagnosis', 'medication'], note='consult reply naming patient with chart number, impression and plan')


def p_signout(c):
    s = c.staff(kw='Surg|Chirurg|Unit'); s2 = c.staff()
    rows = []
    for i in range(c.rng.randint(4, 7)):
        p = c.patient()
        rows.append(c.L('%s  %s %s, %dy  %s  - %s' % (c.rng.choice(['5-12A', '5-14B', '5-03', '5-21', '5-08']) if True else '', p['last'], p['first'][0], age(p), dx(c, True), c.rng.choice(['f/u CBC am', 'NPO after MN, OR tmrw', 'd/c home if tol diet', 'watch UO', 'pain ctrl, PT to see'])),
                        '%s  %s %s, %da  %s - %s' % (c.rng.choice(['3O-12', '3O-14', '3O-05', '3O-20']), p['last'], p['first'][0], age(p), dx(c, True), c.rng.choice(['FSC demain am', 'NPO minuit, BO demain', 'congé si tolère diète', 'surveiller diurèse']))))
    body = c.L("Sign-out for tonight, gen surg service:\n\n", "Liste de relève pour la nuit, chirurgie générale:\n\n") + '\n'.join(rows) + \
        c.L("\n\nPager 4471 if anything. \n\n", "\n\nPaget 4471 au besoin.\n\n") + c.sig(s)
    return dict(subject=c.L('signout %s' % c.day_str(), 'relève %s' % c.day_str()), body=body, frm=s, to=s2,
                types=['patient_name', 'diagnosis'], note='overnight sign-out list with patient surnames, ages and diagnoses')


def p_ed_handover(c):
    s = c.staff(kw='Emergency|Urgence'); s2 = c.staff(); p = c.patient()
    body = c.L("Heads up - bed 14 in ED, %s %s, %dyo, mechanical fall, %s. Ortho aware, needs admit. "
               "On %s. Family (daughter) at bedside, %s.\n\n" % (p['first'], p['last'], age(p), dx(c, False), med(c), p['phone']),
               "FYI - civière 14 à l'urgence, %s %s, %d ans, chute, %s. Ortho avisé. Sous %s. "
               "Fille présente, tél %s.\n\n" % (p['first'], p['last'], age(p), dx(c, False), med(c), p['phone']))
    return dict(subject=c.L('ED admit pending', 'Admission en attente urgence'), body=body + c.sig(s), frm=s, to=s2,
                types=['patient_name', 'diagnosis', 'medication', 'patient_contact'], note='ED handover naming patient with injury, meds and family phone')


def p_booking(c):
    p = c.patient(); s = c.staff(kw='Ortho|Emergency|Urgence|Family'); e = c.ext('imaging')
    idt, ty = pid(c, p)
    when = c.future()
    if c.rng.random() < 0.4:
        body = c.L("Booking request\n  Name: %s\n  DOB: %s\n  OHIP/RAMQ: %s\n  Exam: US abdomen ?gallstones\n  Priority: P3\n  Phone: %s\n\n" % (nm(c, p, 1), dob(c, p), idt, p['phone']),
                   "Demande de RDV\n  Nom: %s\n  DDN: %s\n  NAM: %s\n  Examen: écho abdo ?lithiase\n  Priorité: P3\n  Tél: %s\n\n" % (nm(c, p, 1), dob(c, p), idt, p['phone']))
        return dict(subject=c.L('US booking', 'RDV échographie'), body=body + c.sig(s), frm=s, to=e, types=[ty, 'patient_name', 'date_of_birth', 'patient_contact', 'diagnosis'],
                    note='ultrasound booking form in body with patient identifiers and phone')
    body = c.L("Hello,\n\nCan you please book %s for an MRI %s? Requisition faxed. DOB %s, HCN %s. "
               "Pt prefers mornings, best # %s.\n\nThank you\n" % (nm(c, p, 0), c.rng.choice(['L-spine', 'R knee', 'L shoulder', 'pelvis']), dob(c, p), idt, p['phone']),
               "Bonjour,\n\nSVP donner un rdv en IRM %s à %s, DDN %s, NAM %s. Joindre au %s.\n\nMerci\n" % (
                   c.rng.choice(['colonne lombaire', 'genou D', 'épaule G']), nm(c, p, 0), dob(c, p), idt, p['phone']))
    return dict(subject=c.L('MRI booking request', 'Demande de rendez-vous IRM'), body=body + c.sig(s), frm=s, to=e,
                types=[ty, 'patient_name', 'date_of_birth', 'patient_contact'], note='imaging booking request with patient name, DOB, health number and phone')


def p_reschedule(c):
    p = c.patient(); s = c.staff(kw='Registration|Admission|Ortho'); e = c.ext('clinic')
    body = c.L("Hi - %s (chart %s) called to cancel the %s post-op visit, still on crutches and can't get a ride. "
               "Can we move to next Thurs PM?\n" % (nm(c, p, 2), p['mrn'], c.day_str()),
               "Bonjour - %s (dossier %s) annule son suivi post-op du %s, pas de transport. Possible jeudi prochain PM?\n" % (
                   nm(c, p, 2), p['mrn'], c.day_str()))
    return dict(subject=c.L('RE: post-op f/u %s' % p['last'], 'RE: suivi post-op %s' % p['last']), body=body + '\n' + c.sig(s), frm=s, to=e,
                types=['patient_name', 'mrn'], note='reschedule note with patient name and chart number after surgery')


def p_imaging_followup(c):
    p = c.patient(); s = c.staff(kw='Imaging|Imagerie'); e = c.ext('fht')
    body = c.L("Dr.,\n\nIncidental finding on CT A/P for %s, DOB %s: 1.8 cm R adrenal nodule, recommend dedicated adrenal CT. "
               "Please ensure follow-up, pt discharged from ED.\n\n" % (nm(c, p, 0), dob(c, p)),
               "Docteure,\n\nTrouvaille fortuite au TDM abdo de %s, DDN %s: nodule surrénalien D 1,8 cm. Suivi recommandé, "
               "patient%s congédié%s de l'urgence.\n\n" % (nm(c, p, 0), dob(c, p), pro(p, 'fr', 'adj_e'), pro(p, 'fr', 'adj_e')))
    return dict(subject=c.L('Incidental finding - follow-up required', 'Trouvaille fortuite - suivi requis'), body=body + c.sig(s),
                frm=s, to=e, types=['patient_name', 'date_of_birth', 'diagnosis'], note='imaging incidental finding for named patient with DOB')


def p_critical(c):
    p = c.patient(); s = c.staff(kw='Unit|Emergency|Urgence'); s2 = c.staff()
    if c.rng.random() < 0.4:
        p = c.patient()
        body = c.L("Called re: %s %s, K+ 2.6 this am. Replaced IV, repeat at 14h. Told the resident.\n" % (p['first'], p['last']),
                   "Appelé pour %s %s, K+ 2,6 ce matin. Remplacement IV, contrôle à 14h.\n" % (p['first'], p['last']))
        return dict(subject=c.L('K+ low', 'K+ bas'), body=body + c.sig(s), frm=s, to=s2, types=['patient_name', 'lab_result'],
                    note='low potassium result for named patient')
    val = c.rng.choice([('K+', '6.8 mmol/L'), ('Hgb', '61 g/L'), ('INR', '5.9'), ('Na', '118 mmol/L'), ('troponin', '2140 ng/L')])
    body = c.L("CRITICAL VALUE\n%s %s  MRN %s\n%s %s (collected 06:40)\nCalled to floor 07:05, read back by RN.\n\n" % (p['last'].upper(), p['first'], p['mrn'], val[0], val[1]),
               "VALEUR CRITIQUE\n%s %s  dossier %s\n%s %s (prélevé 06h40)\nAvisé l'unité 07h05.\n\n" % (p['last'].upper(), p['first'], p['mrn'], val[0], val[1]))
    return dict(subject=c.L('Critical lab - %s' % p['mrn'], 'Valeur critique - %s' % p['mrn']), body=body + c.sig(s), frm=s, to=s2,
                types=['patient_name', 'mrn', 'lab_result'], note='critical lab value with patient name and chart number')


def p_discharge(c):
    p = c.patient(); s = c.staff(kw='Surg|Ortho'); e = c.ext('fht')
    idt, ty = pid(c, p)
    d = dx(c)
    lines = [c.L('Patient: %s' % nm(c, p, 0), 'Patient: %s' % nm(c, p, 0)), c.L('DOB: %s' % dob(c, p), 'DDN: %s' % dob(c, p)),
             c.L('Health number: %s' % idt, 'NAM: %s' % idt), 'MRN: %s' % p['mrn'], c.L('Diagnosis: %s' % d, 'Diagnostic: %s' % d),
             c.L('Discharge meds: %s; %s' % (med(c), med(c)), 'Médication au congé: %s; %s' % (med(c), med(c))),
             c.L('Follow-up: clinic in 2 weeks, staples out at FHT day 12', 'Suivi: clinique dans 2 sem., agrafes au GMF J12')]
    atts = []
    if c.rng.random() < 0.6:
        atts.append((make_pdf(c.L('Discharge Summary', 'Résumé de départ'), lines), 'application', 'pdf', c.L('discharge_summary.pdf', 'resume_depart.pdf')))
        body = c.L("Hello,\n\nPlease find attached the discharge summary for your patient %s.\n\n" % p['last'],
                   "Bonjour,\n\nCi-joint le résumé de départ de votre patient%s %s.\n\n" % (pro(p, 'fr', 'adj_e'), p['last']))
    else:
        body = c.L("Discharge summary\n\n", "Résumé de départ\n\n") + '\n'.join(lines) + '\n\n'
    return dict(subject=c.L('Discharge summary', 'Résumé de départ'), body=body + c.sig(s), frm=s, to=e, atts=atts,
                types=[ty, 'patient_name', 'date_of_birth', 'mrn', 'diagnosis', 'medication'], note='discharge summary (inline or PDF) with full patient identifiers, diagnosis and meds')


def p_medrec(c):
    p = c.patient(); s = c.staff(kw='Pharm'); e = c.ext('fht')
    body = c.L("Hi, med rec for %s (DOB %s) - home list from community pharmacy differs:\n- %s (not on our list)\n- %s\n"
               "Pt unsure if still taking. Can you confirm?\n\n" % (nm(c, p, 0), dob(c, p), med(c), med(c)),
               "Bonjour, bilan comparatif pour %s (DDN %s) - liste de la pharmacie communautaire différente:\n- %s\n- %s\n"
               "SVP confirmer.\n\n" % (nm(c, p, 0), dob(c, p), med(c), med(c)))
    return dict(subject=c.L('Med rec question', 'Bilan comparatif des médicaments'), body=body + c.sig(s), frm=s, to=e,
                types=['patient_name', 'date_of_birth', 'medication'], note='medication reconciliation query for named patient with DOB')


def p_homecare(c):
    p = c.patient(); s = c.staff(kw='Unit|Social|social|Flow'); e = c.ext('homecare')
    idt, ty = pid(c, p)
    body = c.L("New referral for home care:\n%s, %s\nAddress: %s\nPhone: %s\nHCN: %s\nNeeds: wound care (midline incision) q2d, "
               "lives alone, 2nd floor walk-up.\n\n" % (nm(c, p, 0), dob(c, p), p['address'], p['phone'], idt),
               "Nouvelle demande SAD:\n%s, %s\nAdresse: %s\nTél: %s\nNAM: %s\nBesoins: soins de plaie aux 2 jours, vit seul%s.\n\n" % (
                   nm(c, p, 0), dob(c, p), p['address'], p['phone'], idt, pro(p, 'fr', 'adj_e')))
    return dict(subject=c.L('Home care referral', 'Demande soutien à domicile'), body=body + c.sig(s), frm=s, to=e,
                types=[ty, 'patient_name', 'date_of_birth', 'patient_contact', 'diagnosis'], note='home care referral with patient name, address, phone, health number')


def p_transport(c):
    p = c.patient(); s = c.staff(kw='Registration|Admission|Flow|Unit'); e = c.ext('transport')
    body = c.L("Please arrange stretcher transport %s 09:30 for %s from %s to our Fracture Clinic. Non-weight-bearing L leg. "
               "Contact %s.\n\n" % (c.day_str(), nm(c, p, 3), p['address'], p['phone']),
               "SVP transport adapté le %s 9h30 pour %s, de %s à la clinique de fracture. Mise en charge interdite. "
               "Tél %s.\n\n" % (c.day_str(), nm(c, p, 3), p['address'], p['phone']))
    return dict(subject=c.L('Transport request', 'Demande de transport'), body=body + c.sig(s), frm=s, to=e,
                types=['patient_name', 'patient_contact'], note='transport booking with patient name, home address and phone')


def p_socialwork(c):
    p = c.patient(); s = c.staff(kw='Social|social'); e = c.ext('social')
    situ = c.L(c.rng.choice(['facing eviction end of month, on ODSP', 'disclosed intimate partner violence, safety plan made',
                             'Children\'s Aid involved re: custody of 2 kids', 'recently released from federal custody, no fixed address']),
               c.rng.choice(['menacé%s d\'éviction, aide sociale', 'dévoile de la violence conjugale', 'DPJ impliquée pour la garde des enfants',
                             'statut d\'immigration précaire, sans RAMQ valide']))
    if '%s' in situ:
        situ = situ % pro(p, 'fr', 'adj_e')
    body = c.L("Hi,\n\nRe %s (MRN %s), pt %s. Requesting follow-up by community SW after d/c.\n\n" % (nm(c, p, 0), p['mrn'], situ),
               "Bonjour,\n\nConcernant %s (dossier %s): %s. Suivi TS communautaire demandé au congé.\n\n" % (nm(c, p, 0), p['mrn'], situ))
    return dict(subject=c.L('SW follow-up', 'Suivi travail social'), body=body + c.sig(s), frm=s, to=e,
                types=['patient_name', 'mrn', 'social_information'], note='social work referral revealing social situation of named patient')


def p_ohip(c):
    s = c.staff(kw='Billing|Registration'); e = c.internal('OHIP Billing Office', 'ohipbilling')
    rows = []; csvrows = ['HN,Name,DOB,FeeCode,Error']
    for i in range(c.rng.randint(3, 5)):
        p = c.patient('ON')
        hn = fmt_hn(p['hn'], c.rng.randint(0, 2), p['vc']); fc = c.rng.choice(['R441', 'E559', 'A004', 'Z176'])
        err = c.rng.choice(['EH1 version code', 'VH9 invalid HN', 'AC4 not eligible'])
        rows.append('%s  %-22s %s  %s  %s' % (hn, '%s, %s' % (p['last'], p['first']), p['dob'].isoformat(), fc, err))
        csvrows.append('%s,"%s, %s",%s,%s,%s' % (hn, p['last'], p['first'], p['dob'].isoformat(), fc, err))
    atts = []
    if c.rng.random() < 0.4:
        atts = [(('\n'.join(csvrows) + '\n').encode('utf-8'), 'text', 'csv', 'rejections.csv')]
        body = "Hi,\n\nRMB rejections from last batch attached, please correct and resubmit.\n\nThanks\n\n" + c.sig(s)
    else:
        body = "Hi,\n\nRMB rejections from last batch, please correct and resubmit:\n\n" + '\n'.join(rows) + "\n\nThanks\n\n" + c.sig(s)
    return dict(subject='OHIP rejections batch %d' % c.rng.randint(100, 999), body=body, frm=s, to=e, atts=atts, lang='en',
                types=['ca_health_number', 'patient_name', 'date_of_birth'], note='OHIP claim rejection list with health numbers and patient names')


def p_insurance(c):
    p = c.patient(); s = c.staff(kw='Ortho|Surgery|Records|Archives'); e = c.ext('insurer')
    sin = c.rng.choice(['%s %s %s' % (p['sin'][:3], p['sin'][3:6], p['sin'][6:]), p['sin'], '%s-%s-%s' % (p['sin'][:3], p['sin'][3:6], p['sin'][6:])])
    body = c.L("Re: disability claim for %s, SIN %s. Attending physician statement completed: off work 12 weeks post %s.\n\n" % (nm(c, p, 0), sin, dx(c)),
               "Objet: réclamation invalidité pour %s, NAS %s. Déclaration du médecin complétée: arrêt 12 sem. après %s.\n\n" % (nm(c, p, 0), sin, dx(c)))
    return dict(subject=c.L('Claim - APS completed', 'Réclamation - déclaration du médecin'), body=body + c.sig(s), frm=s, to=e,
                types=['ca_sin', 'patient_name', 'diagnosis'], note='insurance claim with patient SIN, name and diagnosis')


def p_research(c):
    s = c.staff(kw='Ortho|Surgery|Physio'); e = c.ext('research'); p = c.patient()
    body = c.L("Hi team,\n\nParticipant %s (our MRN %s, DOB %s) consented to the TKA-REHAB study today. "
               "Randomized to arm B. Baseline WOMAC 61.\n\n" % (nm(c, p, 0), p['mrn'], dob(c, p)),
               "Bonjour,\n\nLe/la participant(e) %s (dossier %s, DDN %s) a signé le consentement aujourd'hui, bras B.\n\n" % (nm(c, p, 0), p['mrn'], dob(c, p)))
    return dict(subject=c.L('New enrolment', 'Nouveau recrutement'), body=body + c.sig(s), frm=s, to=e,
                types=['patient_name', 'mrn', 'date_of_birth'], note='research enrolment with participant name, chart number and DOB')


def p_incident(c):
    s = c.staff(kw='Unit|Flow'); s2 = c.staff(); p = c.patient()
    body = c.L("Incident report #IR-%d\nPatient %s, MRN %s, unit 5. Fall from bed at 03:10, found on floor, small laceration L brow. "
               "On %s, CT head ordered.\n\n" % (c.rng.randint(1000, 9999), nm(c, p, 1), p['mrn'], med(c)),
               "Rapport AH-223 #%d\nUsager %s, dossier %s. Chute du lit à 3h10, lacération arcade G. Sous %s, TDM demandé.\n\n" % (
                   c.rng.randint(1000, 9999), nm(c, p, 1), p['mrn'], med(c)))
    return dict(subject=c.L('Incident - patient fall', 'Incident - chute'), body=body + c.sig(s), frm=s, to=s2,
                types=['patient_name', 'mrn', 'medication', 'diagnosis'], note='incident report naming patient with chart number and injury')


def p_physio(c):
    p = c.patient(); s = c.staff(kw='Physio'); e = c.ext('fht')
    body = c.L("Progress note - %s, %dy, 6 wks post R TKA. ROM 5-105, ambulating with cane. Still on %s. Recommend 4 more wks outpt physio.\n\n" % (nm(c, p, 0), age(p), med(c)),
               "Note d'évolution - %s, %d ans, 6 sem. post PTG D. Amplitude 5-105, marche avec canne. Poursuivre physio 4 sem.\n\n" % (nm(c, p, 0), age(p)))
    return dict(subject=c.L('Physio progress', 'Évolution physio'), body=body + c.sig(s), frm=s, to=e,
                types=['patient_name', 'diagnosis'], note='physiotherapy progress note for named patient after knee replacement')


def p_fht(c):
    p = c.patient(); s = c.staff(kw='Emergency|Urgence'); e = c.ext('fht')
    idt, ty = pid(c, p)
    body = c.L("Hi Dr.,\n\nYour pt %s (%s) was seen in ED last night for %s. Please arrange f/u in 1 wk. A1c 9.4 on bloodwork.\n\n" % (nm(c, p, 0), idt, dx(c)),
               "Bonjour Docteure,\n\nVotre patient%s %s (%s) a consulté à l'urgence cette nuit pour %s. Suivi en 1 sem. SVP.\n\n" % (
                   pro(p, 'fr', 'adj_e'), nm(c, p, 0), idt, dx(c)))
    return dict(subject=c.L('ED visit - your patient', 'Visite urgence - votre patient'), body=body + c.sig(s), frm=s, to=e,
                types=[ty, 'patient_name', 'diagnosis', 'lab_result'], note='ED visit notice to family physician with patient identifiers and diagnosis')


def p_registration(c):
    p = c.patient(); s = c.staff(kw='Registration|Admission|Records|Archives'); s2 = c.staff()
    idt, ty = pid(c, p)
    m2 = p['mrn'][:-2] + '%02d' % c.rng.randint(0, 99)
    body = c.L("Duplicate charts found: %s %s DOB %s under %s and %s. Same health # %s. Please merge into %s.\n\n" % (p['first'], p['last'], dob(c, p), p['mrn'], m2, idt, p['mrn']),
               "Doublon: %s %s DDN %s, dossiers %s et %s. Même NAM %s. SVP fusionner.\n\n" % (p['first'], p['last'], dob(c, p), p['mrn'], m2, idt))
    return dict(subject=c.L('Chart merge request', 'Fusion de dossiers'), body=body + c.sig(s), frm=s, to=s2,
                types=[ty, 'patient_name', 'date_of_birth', 'mrn'], note='registration duplicate-chart merge with identifiers')


def p_or_slate(c):
    s = c.staff(kw='Ortho|Surgery|Chirurgie'); e = c.internal('OR Booking', 'orbooking')
    rows = [[c.L('Time', 'Heure'), c.L('Patient', 'Patient'), 'MRN', c.L('DOB', 'DDN'), c.L('Procedure', 'Intervention')]]
    for t in ['07:45', '10:00', '12:15', '14:30']:
        p = c.patient()
        rows.append([t, '%s, %s' % (p['last'], p['first']), p['mrn'], p['dob'].isoformat(), c.rng.choice(['R TKA', 'L THA', 'lap chole', 'ORIF ankle', 'hernia repair'])])
    atts = [(make_xlsx('OR', rows), 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'OR_slate_%s.xlsx' % c.day_str().replace(' ', ''))]
    body = c.L("Attached is tomorrow's OR slate for room 4. Pls confirm pre-op bloods done.\n\n", "Ci-joint la liste opératoire de demain, salle 4.\n\n")
    return dict(subject=c.L('OR slate room 4', 'Programme opératoire salle 4'), body=body + c.sig(s), frm=s, to=e, atts=atts,
                types=['patient_name', 'mrn', 'date_of_birth'], note='spreadsheet OR slate listing patients with chart numbers and DOB')


def p_clinic_csv(c):
    s = c.staff(kw='Registration|Admission|Ortho'); e = c.internal('Fracture Clinic', 'fractureclinic')
    lines = ['name,dob,health_no,appt,reason']
    for i in range(c.rng.randint(4, 6)):
        p = c.patient()
        idt, ty = pid(c, p, 0)
        lines.append('"%s %s",%s,%s,%s,%s' % (p['first'], p['last'], p['dob'].isoformat(), idt, c.rng.choice(['09:00', '09:20', '10:40', '13:00']),
                                              c.rng.choice(['cast check', 'post-op', 'new consult', 'xray review'])))
    atts = [(('\n'.join(lines) + '\n').encode('utf-8'), 'text', 'csv', 'fracture_clinic.csv')]
    body = c.L("Clinic list for Thursday attached.\n\n", "Liste de la clinique de jeudi en pièce jointe.\n\n")
    return dict(subject=c.L('Fracture clinic list', 'Liste clinique fracture'), body=body + c.sig(s), frm=s, to=e, atts=atts,
                types=[ty, 'patient_name', 'date_of_birth'], note='CSV clinic list with patient names, DOB and health numbers')


def p_ics(c):
    p = c.patient(); s = c.staff(kw='Registration|Admission'); e = c.internal('Pre-op Clinic', 'preop')
    start = datetime.datetime(2026, 11, c.rng.randint(16, 30), c.rng.choice([8, 9, 10, 13, 14]), 0)
    summ = c.L('Pre-op clinic - %s %s (MRN %s)' % (p['first'], p['last'], p['mrn']), 'Clinique préop - %s %s (dossier %s)' % (p['first'], p['last'], p['mrn']))
    desc = c.L('Pre-op assessment before %s. Bring med list.' % dx(c), 'Évaluation préop avant chirurgie: %s.' % dx(c))
    atts = [(make_ics('%d@%s' % (c.rng.randint(10**6, 10**7), c.dom), summ, start, 45, 'Pre-op Clinic, 2nd floor', desc, s[3] + '@' + c.dom),
             'text', 'calendar', 'invite.ics')]
    body = c.L("Invitation for pre-op appointment attached.\n\n", "Invitation au rendez-vous préop ci-jointe.\n\n")
    return dict(subject=c.L('Invitation: pre-op clinic', 'Invitation: clinique préop'), body=body + c.sig(s), frm=s, to=e, atts=atts,
                types=['patient_name', 'mrn', 'diagnosis'], note='calendar invitation whose event names a patient, chart number and planned surgery')


def p_vcard(c):
    p = c.patient(); s = c.staff(kw='Social|social|Flow'); e = c.ext('homecare')
    atts = [(make_vcf('%s %s' % (p['first'], p['last']), p['last'], p['first'], p['phone'], p['address'],
                      c.L('Home care client - post-op wound care', 'Client SAD - soins de plaie post-op')), 'text', 'vcard', '%s.vcf' % p['last'].lower())]
    body = c.L("Contact card for the home care client attached, as discussed.\n\n", "Fiche contact de l'usager ci-jointe.\n\n")
    return dict(subject=c.L('contact info', 'coordonnées'), body=body + c.sig(s), frm=s, to=e, atts=atts,
                types=['patient_name', 'patient_contact'], note='vCard of home care client with home address and phone')


def p_zip(c):
    p = c.patient(); s = c.staff(kw='Records|Archives'); e = c.ext('insurer')
    idt, ty = pid(c, p)
    pdf = make_pdf(c.L('Operative Report', 'Protocole opératoire'), ['Patient: %s %s' % (p['first'], p['last']), 'MRN: %s' % p['mrn'], c.L('Health #: ', 'NAM: ') + idt,
                                                                    c.L('Procedure: ', 'Intervention: ') + dx(c)])
    atts = [(make_zip([('op_report.pdf', pdf), ('readme.txt', b'Records release - authorised copy\n')]), 'application', 'zip', 'records_%s.zip' % p['mrn'])]
    body = c.L("Records requested per signed authorization are in the attached zip. Password by phone.\n\n", "Dossiers demandés (autorisation signée) dans le zip ci-joint.\n\n")
    return dict(subject=c.L('Records release', 'Transmission de dossier'), body=body + c.sig(s), frm=s, to=e, atts=atts,
                types=[ty, 'patient_name', 'mrn', 'diagnosis'], note='zip containing operative report PDF with patient identifiers')


def p_subject_only(c):
    p = c.patient(); s = c.staff(); s2 = c.staff()
    if c.rng.random() < 0.35:
        idt, ty = pid(c, p)
        subj = c.L('HCN %s - %s - MRI approved' % (idt, p['last']), 'NAM %s - %s - IRM acceptée' % (idt, p['last']))
        return dict(subject=subj, body=c.L('fyi\n', 'pour info\n'), frm=s, to=s2, types=[ty, 'patient_name'],
                    note='health insurance number and surname in the Subject only, with imaging request')
    subj = c.L('%s %s - %s - pls call me' % (p['last'].upper(), p['first'], dx(c)), '%s %s - %s - rappelle-moi' % (p['last'].upper(), p['first'], dx(c)))
    body = c.L("see subject, thx\n\n", "voir objet, merci\n\n") + s[0].split()[0] + '\n'
    return dict(subject=subj, body=body, frm=s, to=s2, types=['patient_name', 'diagnosis'], note='patient name and diagnosis only in the Subject line')


def p_split(c):
    p = c.patient(); s = c.staff(); s2 = c.staff()
    subj = c.L('re: %s %s' % (p['first'], p['last']), 're: %s %s' % (p['first'], p['last']))
    body = c.L("Path came back - margins positive. Will need re-excision, can you add to next week's list?\n\n",
               "Patho revenue - marges positives. Réexcision à prévoir, peux-tu l'ajouter à la liste?\n\n") + c.sig(s)
    return dict(subject=subj, body=body, frm=s, to=s2, types=['patient_name', 'lab_result', 'diagnosis'], note='name in Subject, pathology result in body')


def p_disguised(c):
    p = c.patient(); s = c.staff(); e = c.ext('clinic')
    raw = p['nam'] if p['nam'] else p['hn']
    ty = 'ramq_nam' if p['nam'] else 'ca_health_number'
    how = c.rng.choice(['spaces', 'dots', 'fullwidth', 'slashes', 'words', 'split'])
    if how == 'split':
        shown = raw[:5] + '\n' + raw[5:]
    else:
        shown = disguise(raw, how)
    body = c.L("Hi, sending the number spaced out so the email filter doesn't block it:\n%s\nThat's for %s %s (%s), the ankle ORIF.\n\n" % (shown, p['first'], p['last'], dob(c, p)),
               "Bonjour, j'envoie le numéro espacé pour que le filtre ne bloque pas:\n%s\nC'est pour %s %s (%s), ORIF cheville.\n\n" % (shown, p['first'], p['last'], dob(c, p)))
    return dict(subject=c.L('the number you asked for', 'le numéro demandé'), body=body + c.sig(s), frm=s, to=e,
                types=[ty, 'patient_name', 'date_of_birth', 'diagnosis'], note='health number deliberately obfuscated with patient name and DOB')


def p_same_surname(c):
    s = c.staff(kw='Ortho|Surgery|Chirurgie'); e = c.internal('OR Booking', 'orbooking'); p = c.patient()
    doc_last = s[0].split()[-1]
    p['last'] = doc_last; p['nam'] = None
    body = c.L("FYI - the %s on tomorrow's list is NOT related to Dr. %s, just same surname. %s %s, MRN %s, for %s. Please double-check the wristband.\n\n" % (
        doc_last, doc_last, p['first'], p['last'], p['mrn'], dx(c)),
        "Pour info - %s %s sur la liste de demain n'a aucun lien avec Dr %s. Dossier %s, pour %s. Vérifier le bracelet.\n\n" % (
            p['first'], p['last'], doc_last, p['mrn'], dx(c)))
    return dict(subject=c.L('name alert', 'alerte nom identique'), body=body + c.sig(s), frm=s, to=e,
                types=['patient_name', 'mrn', 'diagnosis'], note='name-alert: patient sharing a physician surname, with chart number and procedure')


def p_wsib(c):
    p = c.patient('ON'); s = c.staff('ON'); e = c.ext('insurer', 'ON')
    paras = ['Worker: %s %s' % (p['first'], p['last']), 'Date of birth: %s' % p['dob'].isoformat(), 'Health card: %s' % fmt_hn(p['hn'], 0, p['vc']),
             'Injury: %s at work (fall from ladder)' % c.rng.choice(DX_ORTHO_EN), 'Modified duties from week 6.']
    atts = [(make_docx('Health Professional\'s Report', paras), 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document', 'form8_%s.docx' % p['last'].lower())]
    body = "Completed Form 8 attached.\n\n" + c.sig(s)
    return dict(subject='WSIB Form 8', body=body, frm=s, to=e, atts=atts, lang='en',
                types=['ca_health_number', 'patient_name', 'date_of_birth', 'diagnosis'], note='DOCX workplace-injury report with worker/patient identifiers and injury')


def p_foreign(c):
    s = c.staff(kw='Registration|Admission|Billing'); e = c.ext('insurer')
    r = c.rng
    sex = r.choice('MF')
    first = r.choice(['Lucas', 'Thomas', 'Hugo'] if sex == 'M' else ['Camille', 'Léa', 'Manon'])
    last = r.choice(['Dubois', 'Lambert', 'Peeters', 'Janssens', 'Moreau'])
    d = datetime.date(r.randint(1960, 2004), r.randint(1, 12), r.randint(1, 28))
    if r.random() < 0.5:
        num = gen_niss(r, d); ty = 'be_niss'; lbl = c.L('Belgian national number (NISS)', 'NISS'); num_s = '%s.%s.%s-%s.%s' % (num[:2], num[2:4], num[4:6], num[6:9], num[9:])
    else:
        num = gen_nir(r, d, sex); ty = 'fr_nir'; lbl = c.L('French social security no. (NIR)', 'NIR'); num_s = '%s %s %s %s %s %s %s' % (num[0], num[1:3], num[3:5], num[5:7], num[7:10], num[10:13], num[13:])
    body = c.L("Uninsured visitor seen in ED for %s. %s %s, DOB %s, %s %s. Travel insurer to be billed, copy of passport on file.\n\n" % (dx(c, False), first, last, d.isoformat(), lbl, num_s),
               "Visiteur non assuré vu à l'urgence pour %s. %s %s, né(e) le %s, %s %s. Facturer l'assureur voyage.\n\n" % (dx(c, False), first, last, d.isoformat(), lbl, num_s))
    return dict(subject=c.L('Non-resident billing', 'Facturation non-résident'), body=body + c.sig(s), frm=s, to=e,
                types=[ty, 'patient_name', 'date_of_birth', 'diagnosis'], note='non-resident ED billing with foreign social security number')


POS = [p_referral, p_consult_reply, p_signout, p_ed_handover, p_booking, p_reschedule, p_imaging_followup, p_critical, p_discharge,
       p_medrec, p_homecare, p_transport, p_socialwork, p_ohip, p_insurance, p_research, p_incident, p_physio, p_fht, p_registration,
       p_or_slate, p_clinic_csv, p_ics, p_vcard, p_zip, p_subject_only, p_split, p_disguised, p_same_surname, p_wsib, p_foreign]


p_ohip.ontario_only = True
p_wsib.ontario_only = True


# ---- stage 2: more categories
def p_ramq_billing(c):
    p = c.patient('QC'); s = c.staff('QC', kw='Admission|Registration'); e = c.ext('clinic', 'QC')
    body = c.L("Hi,\n\nRAMQ refused the claim for %s %s, NAM %s (DOB %s): card expired at time of visit. "
               "Can your office ask the patient for the renewed card? Visit was for %s.\n\n" % (p['first'], p['last'], fmt_nam(p['nam'], 1), p['dob'].isoformat(), dx(c)),
               "Bonjour,\n\nRefus RAMQ pour %s %s, NAM %s (né%s le %s): carte expirée lors de la visite. "
               "Pouvez-vous obtenir la nouvelle carte? Visite pour %s.\n\n" % (p['first'], p['last'], fmt_nam(p['nam'], c.rng.randint(0, 2)), pro(p, 'fr', 'adj_e'), p['dob'].isoformat(), dx(c)))
    return dict(subject=c.L('RAMQ refusal', 'Refus RAMQ'), body=body + c.sig(s), frm=s, to=e,
                types=['ramq_nam', 'patient_name', 'date_of_birth', 'diagnosis'], note='RAMQ claim refusal with NAM, name, DOB and reason for visit')


def p_privacy_audit(c):
    p = c.patient(); s = c.staff(kw='Records|Archives'); s2 = c.staff()
    body = c.L("Privacy audit flag: chart %s (%s %s) was accessed 14 times from 3 departments with no care relationship. "
               "Patient is a staff family member admitted for %s. Please review access log attached to the ticket.\n\n" % (p['mrn'], p['first'], p['last'], dx(c)),
               "Audit de confidentialité: le dossier %s (%s %s) a été consulté 14 fois sans lien thérapeutique. "
               "Usager%s hospitalisé%s pour %s.\n\n" % (p['mrn'], p['first'], p['last'], pro(p, 'fr', 'adj_e'), pro(p, 'fr', 'adj_e'), dx(c)))
    return dict(subject=c.L('Privacy audit - chart access', 'Audit accès au dossier'), body=body + c.sig(s), frm=s, to=s2,
                types=['patient_name', 'mrn', 'diagnosis'], note='privacy audit naming patient, chart number and admission reason')


def p_rx_renewal(c):
    p = c.patient(); s = c.staff(kw='Pharm|Family|Ortho'); e = c.ext('fht')
    body = c.L("Pharmacy called: %s, DOB %s, needs renewal of %s, last filled Oct 28. Post-op day 20. OK to renew x 1 month?\n\n" % (nm(c, p, 0), dob(c, p), med(c)),
               "La pharmacie demande le renouvellement de %s pour %s (DDN %s). OK pour 1 mois?\n\n" % (med(c), nm(c, p, 0), dob(c, p)))
    return dict(subject=c.L('Rx renewal request', 'Renouvellement d\'ordonnance'), body=body + c.sig(s), frm=s, to=e,
                types=['patient_name', 'date_of_birth', 'medication'], note='prescription renewal request for named patient with DOB and drug')


POS += [p_ramq_billing, p_privacy_audit, p_rx_renewal]


def p_mrn_only(c):
    p = c.patient(); s = c.staff(kw='Surg|Ortho|Chirurg|Imaging|Imagerie'); s2 = c.staff()
    res = c.L(c.rng.choice(['path from Tues: invasive adenocarcinoma, margins clear', 'MRI shows full-thickness supraspinatus tear', 'blood cx growing MRSA']),
              c.rng.choice(['patho de mardi: adénocarcinome invasif, marges saines', 'IRM: déchirure transfixiante du sus-épineux', 'hémoc: SARM']))
    body = c.L("re %s - %s. Can you let the family know before clinic?\n\n" % (p['mrn'], res), "re dossier %s - %s. Peux-tu aviser la famille?\n\n" % (p['mrn'], res))
    return dict(subject=c.L('result %s' % p['mrn'], 'résultat %s' % p['mrn']), body=body + c.sig(s), frm=s, to=s2,
                types=['mrn', 'lab_result', 'diagnosis'], note='result tied to a chart number only (no name)')


POS += [p_mrn_only]
