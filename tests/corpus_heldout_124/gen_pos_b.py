"""Positive templates, part B: amended reports, outside consultations, registry, tracking, critical results,
insurers, molecular results, thyroid FNA."""
from gen_build import Att, CLIN, STAFF, day, greet, hour
from gen_clin import THYROID, L, lc
from gen_common import EXT, ORG, LISTS
from gen_docs import make_csv, make_pdf
from gen_pos_a import report_pdf

AMEND = [
    ("Latéralité corrigée : le spécimen provient du côté DROIT (et non gauche) selon la requête opératoire.",
     "Laterality corrected: specimen is from the RIGHT side (not left) per the operative requisition.",
     ['breast_core', 'lumpectomy', 'kidney', 'lung']),
    ("Addenda : FISH HER2 non amplifiée (ratio HER2/CEP17 1,4; 3,1 copies/cellule).",
     "Addendum: HER2 FISH not amplified (HER2/CEP17 ratio 1.4; 3.1 copies/cell).", ['breast_core']),
    ("Erreur de transcription corrigée : score de Gleason 3+4=7 (et non 4+3=7) à la carotte 5.",
     "Transcription error corrected: Gleason score 3+4=7 (not 4+3=7) in core 5.", ['prostate']),
    ("Addenda : la révision en consensus confirme le diagnostic; ajout de l'IHC MMR (perte MSH2/MSH6).",
     "Addendum: consensus review confirms the diagnosis; MMR IHC added (loss of MSH2/MSH6).", ['colon', 'endometrium']),
    ("Stade modifié : 2 ganglions positifs sur 19 (pN1a) après recoupes additionnelles du gras.",
     "Stage revised: 2 of 19 nodes positive (pN1a) after additional fat sampling.", ['colon']),
    ("Addenda : la révision en consensus (3 pathologistes) confirme le diagnostic initial.",
     "Addendum: consensus review (3 pathologists) confirms the original diagnosis.",
     ['melanoma', 'lymphoma', 'gastric', 'ovary', 'cone', 'bladder', 'appendix']),
]


def p_amended(c):
    use_nam = c.chance(0.4)
    am = c.pick(AMEND)
    case = c.case(ids=am[2])
    p = c.patient(nam=use_nam, sex=case['sex'] or c.pick('FM'))
    acc = c.acc('S')
    signer = c.pick([STAFF['path1'], STAFF['path2'], STAFF['path6'], STAFF['path3']])
    to = [CLIN[case['surg']]]
    cc = [c.pick([CLIN['onco1'], CLIN['onco2']])] if c.chance(0.5) else []
    amend = c.t(am[0], am[1])
    c.add('diagnosis', 'lab_result')
    if use_nam:
        kv = c.holder_kv(p, with_mrn=True)
    else:
        kv = [('Patient', c.name(p, c.pick(['upper_comma', 'comma']))), (c.t('Dossier', 'MRN'), c.mrn(p, label=False))]
    if c.chance(0.5):
        pdf = report_pdf(c, p, case, acc, kv, to[0], signer, amended=amend)
        body = [greet(c, to[0]),
                c.t(f"Le rapport {acc} a été MODIFIÉ. Motif : {amend}", f"Report {acc} has been AMENDED. Reason: {amend}"),
                c.t("Merci de détruire toute copie antérieure. La version modifiée est jointe.",
                    "Please discard any earlier copy. The amended version is attached.")]
        atts = [Att(f"{acc}_{c.t('MODIFIE', 'AMENDED')}.pdf", 'application/pdf', data=pdf)]
    else:
        body = [greet(c, to[0]),
                c.t("Avis de rapport modifié (copie de courtoisie, la version officielle est au dossier) :",
                    "Amended report notice (courtesy copy, the official version is in the chart):"),
                ('table', None, [[k, v] for k, v in kv] + [['Acc.', acc], [c.t('Diagnostic', 'Diagnosis'), L(case, 'dx', c.lang)],
                                                          [c.t('Modification', 'Change'), amend]]),
                c.t("N'hésitez pas à m'appeler.", "Feel free to call me.")]
        atts = []
    subj = c.pick([c.t(f"RAPPORT MODIFIÉ – {acc}", f"AMENDED REPORT - {acc}"),
                   c.t(f"Addenda au rapport {acc}", f"Addendum to report {acc}")])
    m = c.msg(signer, to, subj, body + c.sig(signer), cc=cc, atts=atts)
    m.note = c.t('avis de rapport modifié', 'amended report notice')
    return m


def p_consult_on(c):
    p = c.patient(nam=False, kind='on')
    case = c.case(sex=p.sex)
    sender = c.pick([CLIN['ont'], CLIN['ont2']])
    hc = c.ohip()
    nm = c.name(p, c.pick(['upper_comma', 'full', 'comma']))
    dob = c.dob(p)
    their_acc = f"KGH-S25-{c.rng.randint(1000, 9999)}"
    c.add('diagnosis')
    if c.fr:
        body = [f"Bonjour {STAFF['path1'].title} {STAFF['path1'].surname},",
                "Nous vous adressons pour deuxième opinion les lames et deux blocs du cas suivant (envoi Purolator demain) :",
                ('table', None, [['Patient', nm], ['DDN', dob], ['Carte Santé Ontario', hc], ['Notre no', their_acc],
                                 ['Dx provisoire', L(case, 'dx', 'fr')]]),
                f"Question : confirmation du diagnostic et classification; {'la patiente sera traitée' if p.sex == 'F' else 'le patient sera traité'} chez vous.",
                "Merci, "]
        subj = f"Demande de consultation – {their_acc}"
    else:
        body = [f"Dear Dr. {STAFF['path1'].surname},",
                "We are sending slides and two blocks for a second opinion (courier tomorrow). Details:",
                ('table', None, [['Patient', nm], ['DOB', dob], ['OHIP', hc], ['Our case', their_acc],
                                 ['Working dx', L(case, 'dx', 'en')], ['Clinical', c.clin(case, 'en')]]),
                "The patient is moving to your catchment area for treatment, so the final report should go to your oncology team.",
                "Many thanks,"]
        subj = c.pick([f"Outside consult request - {their_acc}", f"Second opinion: {nm}"])
    atts = []
    if c.chance(0.5):
        pdf = make_pdf([('title', 'Kingsbridge General Hospital - Pathology Consultation Requisition'),
                        ('kv', [('Patient', nm), ('Date of birth', dob), ('Health card', hc), ('Our accession', their_acc),
                                ('Working diagnosis', L(case, 'dx', 'en'))])], title='Consult requisition')
        atts.append(Att('consult_requisition.pdf', 'application/pdf', data=pdf))
    m = c.msg(sender, [STAFF['path1']], subj, body + c.sig(sender), cc=[LISTS['secr']], atts=atts)
    m.note = c.t('demande de consultation externe (Ontario)', 'outside consultation request (Ontario)')
    return m


def p_consult_be(c):
    p = c.patient(nam=False, kind='be')
    case = c.case(sex=p.sex)
    sender = CLIN['bel']
    niss = c.niss(p)
    nm = c.name(p, c.pick(['upper_comma', 'upper_sur', 'title']))
    dob = c.dob(p, 'dmy')
    c.add('diagnosis', 'lab_result')
    their = f"B25/{c.rng.randint(10000, 99999)}"
    res = '; '.join(L(case, 'res', 'fr')[:2])
    e = 'e' if p.sex == 'F' else ''
    body = ["Chère Consœur, cher Confrère,",
            f"Je me permets de vous adresser pour avis les lames du dossier {their}, concernant {nm}, né{e} le {dob} "
            f"(NISS {niss}), actuellement domicilié{e} au Québec pour raisons familiales.",
            f"Notre diagnostic : {L(case, 'dx', 'fr')}. Compléments : {res}.",
            f"{'La patiente' if e else 'Le patient'} sera suivi{e} dans votre établissement; pourriez-vous nous faire parvenir votre conclusion ?",
            "Avec mes remerciements confraternels,"]
    atts = []
    if c.chance(0.6):
        pdf = make_pdf([('title', 'Clinique universitaire Saint-Vérand — Service d\'anatomie pathologique'),
                        ('kv', [('Patient', nm), ('Date de naissance', dob), ('NISS', niss), ('Protocole', their),
                                ('Conclusion', L(case, 'dx', 'fr'))])], title=their)
        atts.append(Att(f"protocole_{their.replace('/', '-')}.pdf", 'application/pdf', data=pdf))
    m = c.msg(sender, [STAFF['path1']], f"Demande d'avis – protocole {their}", body + c.sig(sender), atts=atts)
    m.note = 'demande d\'avis externe (Belgique)'
    return m


def p_consult_fr(c):
    p = c.patient(nam=False, kind='fra')
    case = c.case(sex=p.sex)
    sender = CLIN['fra']
    nir = c.nir(p)
    nm = c.name(p, c.pick(['upper_sur', 'title', 'upper_comma']))
    dob = c.dob(p, 'dmy')
    c.add('diagnosis')
    their = f"VL-{c.rng.randint(250000, 259999)}"
    body = [f"Cher collègue,",
            f"Suite à notre échange téléphonique, je vous transmets la demande de relecture concernant {nm} "
            f"(né{'e' if p.sex == 'F' else ''} le {dob}, n° de sécurité sociale {nir}).",
            f"Prélèvement : {L(case, 'spec', 'fr')}. Conclusion initiale : {L(case, 'dx', 'fr')}.",
            f"{'La patiente' if p.sex == 'F' else 'Le patient'} s'est installé{'e' if p.sex == 'F' else ''} au Québec et sera pris{'e' if p.sex == 'F' else ''} en charge par votre équipe; le compte rendu complet est joint.",
            "Bien confraternellement,"]
    pdf = make_pdf([('title', 'CHU de Vallon-sur-Loire — Anatomie et cytologie pathologiques'),
                    ('kv', [('Nom', nm), ('Né(e) le', dob), ('N° SS', nir), ('Examen', their),
                            ('Prélèvement', L(case, 'spec', 'fr')), ('Conclusion', L(case, 'dx', 'fr'))])], title=their)
    fn = c.pick([f"CR_{their}.pdf", f"compte-rendu {their}.pdf", f"Compte_rendu_anapath_{their}.pdf"])
    m = c.msg(sender, [STAFF['path1']], c.pick([f"Relecture – {their}", "Demande de relecture de lames"]),
              body + c.sig(sender), cc=[LISTS['secr']], atts=[Att(fn, 'application/pdf', data=pdf)])
    m.note = 'demande de relecture (France)'
    return m


def p_registry(c):
    clerk = STAFF['reg']
    agent = CLIN['regagent']
    n = c.rng.randint(1, 4)
    rows = []
    for i in range(n):
        hold = (i == 0) or c.chance(0.5)
        on = (not hold) and c.chance(0.4)
        p = c.patient(nam=hold, age=(30, 90), kind='on' if on else 'qc')
        case = c.case(sex=p.sex)
        nm_s, nm_g = p.surname.upper(), p.given
        c.name(p, 'upper_sur')
        c.evidence.append(nm_s)
        dob = c.dob(p, 'iso')
        nam = c.nam(p, 'plain') if p.nam else ''
        if not p.nam:
            if on:
                nam = c.t('Carte Santé Ontario ', 'Ontario health card ') + c.ohip()
            else:
                nam = c.t('dossier ', 'chart ') + c.mrn(p, label=False)
        addr = c.addr(p)
        rows.append([nm_s, nm_g, dob, p.sex, nam, addr, case['icdo'][0], case['icdo'][1],
                     day(c, 'iso', -60, -10), c.acc('S')])
    c.add('diagnosis')
    hdr = ['NOM', 'PRENOM', 'DDN', 'SEXE', 'NAM', 'ADRESSE', 'TOPO_CIM-O-3', 'MORPHO_CIM-O-3', 'DATE_DX', 'NO_RAPPORT']
    kind = c.pick(['csv', 'inline', 'pdf'])
    atts = []
    if kind == 'csv':
        body = [c.t("Bonjour,", "Hello,"),
                c.t(f"Voici le lot de déclarations de {c.pick(['février', 'mars', 'avril'])} ({n} cas), format CSV convenu.",
                    f"Please find this month's notification batch ({n} case(s)) in the agreed CSV format."),
                c.t("Le fichier est aussi déposé sur le serveur sécurisé.", "The file was also dropped on the secure server.")]
        atts = [Att(f"declarations_RC_HGPV_{c.rng.randint(100, 999)}.csv", 'text/csv',
                    text=make_csv(hdr, rows, delim=c.pick([';', ','])), charset=c.pick(['utf-8', 'windows-1252']),
                    cte=c.pick(['base64', 'quoted-printable']))]
    elif kind == 'inline':
        body = [c.t("Bonjour,", "Hello,"),
                c.t("Déclaration tardive (cas diagnostiqué à l'externe, révisé ici) :",
                    "Late notification (case diagnosed elsewhere, reviewed here):"),
                ('table', hdr, rows)]
    else:
        body = [c.t("Bonjour,", "Hello,"), c.t("Formulaire de déclaration signé ci-joint.", "Signed notification form attached.")]
        pdf = make_pdf([('title', c.t('Déclaration de cas de cancer', 'Cancer case notification')),
                        ('table', hdr[:5], [r[:5] for r in rows]), ('table', ['NOM', 'ADRESSE'], [[r[0], r[5]] for r in rows]),
                        ('table', ['NOM'] + hdr[6:], [[r[0]] + r[6:] for r in rows])], title='Declaration')
        atts = [Att("declaration_cancer_HGPV.pdf", 'application/pdf', data=pdf)]
    subj = c.t("Déclarations au registre du cancer – HGPV", "Cancer registry notifications - HGPV")
    m = c.msg(clerk, [agent], subj, body + c.sig(clerk), atts=atts)
    m.note = c.t('déclaration au registre du cancer', 'cancer registry notification')
    return m


def p_tracking(c):
    p = c.patient(nam=False)
    case = c.case(sex=p.sex)
    tech = c.pick([STAFF['tech2'], STAFF['mgr'], STAFF['tech1']])
    named = c.chance(0.6)
    nm = c.name(p) if named else None
    mr = c.mrn(p)
    who_fr = f"{nm} ({mr})" if named else f"l'usager {mr}"
    who_en = f"{nm} ({mr})" if named else f"patient {mr}"
    acc = c.acc('S')
    clin = c.clin(case)
    where = {'derm': c.t("clinique externe de dermatologie", "dermatology outpatient clinic"),
             'gi': c.t("endoscopie", "endoscopy")}.get(case['surg'], c.t(f"bloc opératoire {c.rng.randint(1, 9)}", f"OR {c.rng.randint(1, 9)}"))
    if case['id'] in ('endometrium', 'cone'):
        where = c.t("clinique de colposcopie", "colposcopy clinic")
    body = [c.t("Bonjour à tous,", "Hi all,"),
            c.t(f"Nous cherchons un spécimen non reçu à la réception : {lc(L(case, 'spec', 'fr'))} de {who_fr}, "
                f"prélevé le {day(c, None, -5, -1)} à {where}. Indication : {clin}.",
                f"We are tracing a specimen that never reached reception: {lc(L(case, 'spec', 'en'))} on {who_en}, "
                f"collected {day(c, None, -5, -1)} in {where}. Indication: {clin}."),
            c.t("Le bordereau de transport indique un départ à 14 h 10 par le coursier, mais rien n'a été numérisé chez nous. "
                "Pouvez-vous vérifier vos frigos et le sac de transport ?",
                "The transport manifest shows a 2:10 p.m. pickup by the courier but nothing was scanned in on our side. "
                "Could you check your fridges and the transport bag?"),
            c.t(f"Numéro d'accession réservé : {acc}.", f"Reserved accession number: {acc}.")]
    if c.chance(0.4):
        body.append(c.t("Mise à jour 15 h : retrouvé dans la glacière du retour d'endoscopie. Merci!",
                        "Update 3 p.m.: found in the endoscopy return cooler. Thanks!"))
    subj = c.pick([c.t("Spécimen manquant – traçabilité", "Missing specimen - trace"),
                   c.t(f"Suivi spécimen {acc}", f"Specimen trace {acc}")])
    m = c.msg(tech, [LISTS['recep'], (c.t('Coursiers Express', 'Courier desk'), f"repartition@{EXT['courier'][1]}")], subj,
              body + c.sig(tech))
    m.note = c.t('recherche de spécimen manquant', 'missing specimen trace')
    return m


def p_critical(c):
    use_nam = c.chance(0.3)
    p = c.patient(nam=use_nam)
    case = c.case(sex=p.sex, ids=['appendix', 'gastric', 'lymphoma', 'lung', 'melanoma'])
    path = c.pick([STAFF['path2'], STAFF['path5'], STAFF['path6']])
    to = CLIN[case['surg']] if case['surg'] in CLIN else CLIN['surg1']
    c.add('diagnosis')
    named = use_nam or c.chance(0.65)
    nm = c.name(p, 'title' if not use_nam else 'full') if named else None
    body = [greet(c, to),
            c.t(f"Résultat inattendu à signaler pour {nm} :", f"Unexpected result to flag for {nm}:") if named else
            c.t("Résultat inattendu à signaler pour votre patient(e) :", "Unexpected result to flag for your patient:"),
            L(case, 'dx', c.lang),
            c.t(f"J'ai tenté de vous joindre par téléphone à {hour(c)} (message laissé à votre secrétaire).",
                f"I tried to reach you by phone at {hour(c)} (left a message with your assistant)."),
            c.t("Conformément à la politique des résultats critiques, merci de confirmer la réception par courriel.",
                "Per the critical results policy, please confirm receipt by reply e-mail.")]
    if use_nam:
        kv = c.holder_kv(p)
        body.insert(2, ('table', None, [[k, v] for k, v in kv]))
    else:
        body.insert(2, c.mrn(p))
    if c.chance(0.5):
        c.add('lab_result')
        body.insert(4, '; '.join(L(case, 'res', c.lang)))
    subj = c.pick([c.t("Résultat critique / inattendu – à confirmer", "Critical / unexpected result - please acknowledge"),
                   c.t("IMPORTANT : résultat de pathologie inattendu", "IMPORTANT: unexpected pathology finding")])
    m = c.msg(path, [to], subj, body + c.sig(path), cc=[STAFF['qa']] if c.chance(0.4) else None)
    m.note = c.t('communication de résultat inattendu', 'unexpected result notification')
    return m


def p_insurer(c):
    p = c.patient(nam=False)
    case = c.case(sex=p.sex)
    sec = c.pick([STAFF['sec1'], STAFF['sec2']])
    ins = CLIN['ins_fr'] if c.fr else CLIN['ins_en']
    sin = c.sin()
    nm = c.name(p, c.pick(['full', 'upper_comma', 'title']))
    dob = c.dob(p)
    claim = f"{c.pick(['INV', 'LTD', 'CLM'])}-{c.rng.randint(1000000, 9999999)}"
    c.add('diagnosis')
    quote = [c.t(f"Dans le cadre de la demande de prestations d'invalidité de {nm} (NAS {sin}, DDN {dob}), "
                 "nous vous prions de nous faire parvenir une copie du rapport de pathologie. Autorisation signée ci-jointe.",
                 f"In connection with the disability claim of {nm} (SIN {sin}, DOB {dob}), please forward a copy of the "
                 "pathology report. Signed authorization attached.")]
    body = [c.t("Bonjour,", "Hello,"),
            c.t(f"Suite à votre demande (dossier {claim}), nous confirmons que le rapport concerne : {lc(L(case, 'dx', 'fr'))}. "
                "Le rapport complet ne peut être transmis que par télécopieur sécurisé ou par la poste; il partira demain.",
                f"Further to your request (claim {claim}), we confirm the report concerns: {L(case, 'dx', 'en')}. "
                "The full report can only go by secure fax or mail; it will be sent tomorrow."),
            c.t("Frais de copie : 25 $ (facture suivra).", "Copy fee: $25 (invoice to follow)."),
            ('quote', c.t(f"Le {day(c, None, -6, -1)}, {ins.full} <{ins.email}> a écrit :", f"On {day(c, None, -6, -1)}, {ins.full} <{ins.email}> wrote:"), quote)]
    m = c.msg(sec, [ins], c.t(f"RE: Demande de rapport – dossier {claim}", f"RE: Request for report - claim {claim}"),
              body + c.sig(sec))
    m.note = c.t("réponse à un assureur (invalidité)", 'reply to a disability insurer')
    return m


def p_molecular(c):
    p = c.patient(nam=c.chance(0.35))
    case = c.case(sex=p.sex, ids=['lung', 'colon', 'breast_core', 'lumpectomy', 'lymphoma', 'ovary'])
    path = c.pick([STAFF['path2'], STAFF['path6'], STAFF['path5']])
    onco = c.pick([CLIN['onco1'], CLIN['onco2']])
    c.add('diagnosis', 'lab_result')
    res = L(case, 'res', c.lang)
    if p.nam:
        ident = ('table', None, [[k, v] for k, v in c.holder_kv(p)])
    else:
        nm, mr = c.name(p), c.mrn(p)
        ident = c.t(f"Patient : {nm} — {mr}", f"Patient: {nm} - {mr}")
    body = [greet(c, onco, formal=False), ident,
            c.t(f"Les résultats des biomarqueurs sur le bloc {c.acc('S')}-A{c.rng.randint(1, 6)} sont sortis :",
                f"Biomarker results on block {c.acc('S')}-A{c.rng.randint(1, 6)} are back:")]
    body += ['  - ' + r for r in res]
    if case.get('med_fr'):
        c.add('medication')
        body.append(c.t(f"Note clinique au dossier : {case['med_fr']}.", f"Clinical note in chart: {case['med_en']}."))
    body.append(c.t("Le rapport intégré sera signé d'ici vendredi.", "The integrated report will be signed by Friday."))
    subj = c.pick([c.t("Biomarqueurs disponibles", "Biomarkers back"), c.t("Résultats moléculaires", "Molecular results"),
                   c.t("PD-L1 / EGFR – résultats" if case['id'] == 'lung' else "Marqueurs – résultats",
                       "PD-L1 / EGFR results" if case['id'] == 'lung' else "Marker results")])
    m = c.msg(path, [onco], subj, body + c.sig(path))
    m.note = c.t('résultats de biomarqueurs à l\'oncologue', 'biomarker results to oncologist')
    return m


def p_thyroid(c):
    p = c.patient(nam=c.chance(0.4), sex=c.pick('FFM'))
    t = c.pick(THYROID)
    path = c.pick([STAFF['path4'], STAFF['cyto1'], STAFF['path3']])
    to = CLIN['surg4']
    c.add('diagnosis', 'lab_result')
    acc = c.acc('C')
    if p.nam:
        idl = [('table', None, [[k, v] for k, v in c.holder_kv(p)])]
    else:
        idl = [f"{c.name(p)}, {c.t('DDN', 'DOB')} {c.dob(p)}"]
    body = [greet(c, to), c.t(f"Cytoponction thyroïdienne {acc} :", f"Thyroid FNA {acc}:")] + idl + [
        c.t(f"Nodule lobe {c.pick(['droit', 'gauche'])}, {c.rng.randint(12, 38)} mm, TI-RADS {c.rng.randint(3, 5)}.",
            f"{c.pick(['Right', 'Left'])} lobe nodule, {c.rng.randint(12, 38)} mm, TI-RADS {c.rng.randint(3, 5)}."),
        c.t(t['fr'], t['en']), c.t(t['risk_fr'], t['risk_en'])]
    if c.chance(0.4):
        c.add('medication')
        body.append(c.t("NB : sous lévothyroxine 75 mcg, TSH 2,1.", "NB: on levothyroxine 75 mcg, TSH 2.1."))
        c.add('lab_result')
    subj = c.t(f"Cytoponction thyroïde – Bethesda {t['cat']}", f"Thyroid FNA - Bethesda {t['cat']}")
    m = c.msg(path, [to], subj, body + c.sig(path))
    m.note = c.t('résultat de cytoponction thyroïdienne', 'thyroid FNA result')
    return m
