"""Positive templates, part A: reports, frozen sections, Pap results, tumour boards, rejected specimens."""
from gen_build import Att, CLIN, STAFF, day, greet, hour
from gen_clin import PAP, REJECT, L, lc
from gen_common import ORG, LISTS, fmt_date
from gen_docs import make_docx, make_pdf, make_xlsx


def report_pdf(c, p, case, acc, ident_kv, requester, signer, amended=None):
    lang = c.lang
    blocks = [('title', c.t('RAPPORT DE PATHOLOGIE CHIRURGICALE', 'SURGICAL PATHOLOGY REPORT')
               + (c.t(' — MODIFIÉ', ' - AMENDED') if amended else '')),
              ORG[lang] + ' — ' + ORG[f'dept_{lang}'] + '\n' + ORG[f'addr_{lang}'],
              ('kv', ident_kv + [(c.t('No accession', 'Accession no.'), acc),
                                 (c.t('Prélevé le', 'Collected'), day(c, 'iso', -30, -3)),
                                 (c.t('Médecin demandeur', 'Requesting physician'), requester.display)]),
              ('h', c.t('Renseignements cliniques', 'Clinical information')), c.clin(case, lang),
              ('h', c.t('Spécimen', 'Specimen')), L(case, 'spec', lang),
              ('h', c.t('Diagnostic', 'Diagnosis')), L(case, 'dx', lang)]
    blocks += ['- ' + r for r in L(case, 'res', lang)]
    if amended:
        blocks += [('h', c.t('Note de modification', 'Amendment note')), amended]
    blocks += [('h', c.t('Description macroscopique', 'Gross description')),
               c.t("Reçu en formol, identifié au nom du patient et au numéro de dossier. Spécimen entièrement soumis.",
                   "Received in formalin labelled with the patient's name and chart number. Entirely submitted."),
               ('small', c.t(f"Signé électroniquement par {signer.display}, {signer.role_fr}",
                             f"Electronically signed by {signer.display}, {signer.role_en}"))]
    c.add('diagnosis', 'lab_result')
    return make_pdf(blocks, title=c.t('Rapport de pathologie', 'Pathology report') + ' ' + acc)


def p_path_report(c):
    use_nam = c.chance(0.55)
    p = c.patient(nam=use_nam, sex=c.pick('FM'))
    case = c.case(sex=p.sex)
    surgeon = CLIN[case['surg']]
    signer = c.pick([STAFF['path1'], STAFF['path2'], STAFF['path3'], STAFF['path6']])
    acc = c.acc('S')
    if use_nam:
        kv = c.holder_kv(p, with_mrn=c.chance(0.6))
    else:
        kv = [(c.t('Patient', 'Patient'), c.name(p, c.pick(['upper_comma', 'comma', 'full']))),
              (c.t('DDN', 'DOB'), c.dob(p)), (c.t('Dossier', 'MRN'), c.mrn(p, label=False))]
    pdf = report_pdf(c, p, case, acc, kv, surgeon, signer)
    mode = c.pick(['body', 'neutral', 'subject'])
    sender = c.pick([signer, STAFF['sec1'], STAFF['sec2']])
    if mode == 'body':
        nm = c.name(p, 'title' if c.chance(0.5) else 'full') if not use_nam else c.name(p, 'full')
        subj = c.t(f"Rapport final {acc}", f"Final report {acc}")
        body = [greet(c, surgeon),
                c.t(f"Voici le rapport final pour {nm}. En bref : {lc(L(case, 'dx', 'fr'))}.",
                    f"Please find the final report for {nm}. In short: {L(case, 'dx', 'en')}."),
                c.t("Le rapport signé est joint; la copie papier suit par courrier interne.",
                    "The signed report is attached; hard copy follows by internal mail.")]
        c.add('diagnosis')
    elif mode == 'neutral':
        subj = c.t(f"Rapport de pathologie – {acc}", f"Pathology report - {acc}")
        body = [greet(c, surgeon),
                c.t("Ci-joint le rapport final demandé ce matin au téléphone.",
                    "Attached is the final report you asked about on the phone this morning."),
                c.t("Bonne journée", "Regards")]
    else:
        nm = c.name(p, c.pick(['upper_comma', 'upper_sur', 'comma']) if not use_nam else 'upper_comma')
        subj = c.t(f"{nm} - patho finale", f"{nm} - final path")
        body = [c.t("Rapport signé ci-joint. Je reste disponible si tu veux en discuter avant la clinique.",
                    "Signed report attached. Happy to go over it before your clinic."),
                c.t("Merci", "Thanks")]
    fn = c.pick([f"{acc}.pdf", f"Rapport_{acc}.pdf", f"rapport_final_{acc.replace('-', '')}.pdf"])
    m = c.msg(sender, [surgeon], subj, body + c.sig(sender), atts=[Att(fn, 'application/pdf', data=pdf)])
    m.note = c.t('rapport final transmis au chirurgien', 'final report sent to surgeon')
    return m


FROZEN = [
    ("Ganglion sentinelle #1 : POSITIF, macrométastase de 4 mm. GS #2 : négatif.",
     "Sentinel node #1: POSITIVE, 4 mm macrometastasis. SN #2: negative.", "carcinome mammaire", "breast carcinoma"),
    ("Adénocarcinome; marge d'agrafes libre à 8 mm.", "Adenocarcinoma; staple margin clear at 8 mm.",
     "nodule pulmonaire", "lung nodule"),
    ("Lésion folliculaire — diagnostic différé au permanent.", "Follicular lesion - defer to permanents.",
     "nodule thyroïdien Bethesda IV", "Bethesda IV thyroid nodule"),
    ("Marge du col pancréatique : négative pour carcinome. Marge biliaire : dysplasie de bas grade.",
     "Pancreatic neck margin: negative for carcinoma. Bile duct margin: low-grade dysplasia.",
     "adénocarcinome de la tête du pancréas", "pancreatic head adenocarcinoma"),
    ("Tumeur séreuse au moins borderline; carcinome non exclu — différé.",
     "Serous tumour, at least borderline; carcinoma not excluded - deferred.", "masse annexielle", "adnexal mass"),
    ("Carcinome basocellulaire, marge profonde atteinte. Recouper en profondeur.",
     "Basal cell carcinoma, deep margin involved. Take more deep tissue.", "lésion nasale", "nasal lesion"),
]


def p_frozen(c):
    p = c.patient(nam=False)
    fz = c.pick(FROZEN)
    acc = c.acc('F')
    room = c.rng.randint(1, 12)
    path = c.pick([STAFF['path2'], STAFF['path6'], STAFF['res1'], STAFF['res2'], STAFF['path1']])
    surgeon = c.pick([CLIN['surg1'], CLIN['surg2'], CLIN['surg5'], CLIN['surg4']])
    nm = c.name(p)
    res = c.t(fz[0], fz[1])
    c.add('diagnosis', 'lab_result')
    style = c.pick(['short', 'log', 'reply'])
    if style == 'short':
        subj = c.t(f"Extemporané salle {room} – {acc}", f"Frozen OR {room} - {acc}")
        body = [c.t(f"Résultat transmis verbalement à {hour(c)} :", f"Called to the room at {hour(c)}:"),
                f"{nm} — {c.t(fz[2], fz[3])}",
                res,
                c.t("Lu en retour par l'infirmière de salle. Rapport définitif à suivre.",
                    "Read back by the circulating nurse. Final to follow.")]
        to = [surgeon]
        cc = [LISTS['secr']]
    elif style == 'log':
        mr = c.mrn(p)
        subj = c.t("Registre des extemporanés – mise à jour", "Frozen section log - update")
        body = [c.t("Ajout au registre pour la concordance mensuelle :", "Adding to the log for the monthly concordance review:"),
                ('table', [c.t('Salle', 'OR'), c.t('Patient', 'Patient'), c.t('Dossier', 'MRN'), 'Acc.', c.t('Résultat extemporané', 'Frozen diagnosis')],
                 [[str(room), nm, mr.split(' ')[-1], acc, res]]),
                c.t("Concordance avec le permanent à compléter.", "Permanent correlation to be completed.")]
        to = [STAFF['qa']]
        cc = []
    else:
        subj = c.t(f"RE: extemporané {nm}", f"RE: frozen on {nm}")
        q = [c.t(f"Tu peux me confirmer par écrit le résultat de l'extemporané de ce matin (salle {room})? Merci.",
                 f"Could you confirm this morning's frozen result in writing (OR {room})? Thanks.")]
        body = [c.t("Oui :", "Sure:"), res,
                c.t("Le rapport final devrait sortir jeudi.", "Final report should be out Thursday."),
                ('quote', c.t(f"Le {day(c, None, -1, 0)} à {hour(c)}, {surgeon.display} a écrit :", f"On {day(c, None, -1, 0)}, at {hour(c)}, {surgeon.display} wrote:"), q)]
        to = [surgeon]
        cc = []
    m = c.msg(path, to, subj, body + c.sig(path), cc=cc)
    m.note = c.t('résultat extemporané', 'frozen section result')
    return m


def p_pap(c):
    use_nam = c.chance(0.5)
    p = c.patient(nam=use_nam, sex='F', age=(22, 64))
    pap = c.pick(PAP)
    acc = c.acc('C')
    to = c.pick([CLIN['fam1'], CLIN['fam2'], CLIN['ipsl']])
    cyto = c.pick([STAFF['cyto1'], STAFF['cyto2'], STAFF['path3'], STAFF['path4']])
    c.add('lab_result', 'diagnosis')
    if use_nam:
        kv = c.holder_kv(p)
    else:
        kv = [(c.t('Patiente', 'Patient'), c.name(p)), (c.t('DDN', 'DOB'), c.dob(p))]
    kv += [(c.t('No cytologie', 'Cytology no.'), acc), (c.t('Prélevé le', 'Collected'), day(c, None, -30, -5)),
           (c.t('Interprétation', 'Interpretation'), c.t(pap['fr'], pap['en'])),
           (c.t('Test VPH', 'HPV test'), c.t(pap['hpv_fr'], pap['hpv_en'])),
           (c.t('Recommandation', 'Recommendation'), c.t(pap['rec_fr'], pap['rec_en']))]
    appt = c.chance(0.5)
    if appt:
        rdv = day(c, 'long', 7, 45)
        kv.append((c.t('RDV colposcopie', 'Colposcopy appt'), f"{rdv}, {hour(c)}, {c.t('clinique de colposcopie, pavillon B', 'colposcopy clinic, Pavilion B')}"))
    if c.chance(0.5):
        body = [greet(c, to),
                c.t(f"Résultat anormal de cytologie gynécologique ({pap['code']}) pour une de vos patientes; "
                    "le suivi doit être organisé par le médecin traitant.",
                    f"Abnormal gynaecologic cytology ({pap['code']}) for one of your patients; follow-up needs to be arranged by the ordering provider."),
                ('table', None, [[k, v] for k, v in kv]),
                c.t("Le rapport officiel a été versé au DSQ.", "The official report has been released to the provincial record.")]
        atts = []
    else:
        body = [greet(c, to),
                c.t("Vous trouverez ci-joint un résultat de Pap anormal qui nécessite un suivi.",
                    "Attached is an abnormal Pap result requiring follow-up."),
                c.t("Merci de nous confirmer la prise en charge.", "Please confirm follow-up has been arranged.")]
        pdf = make_pdf([('title', c.t('Cytologie gynécologique — résultat anormal', 'Gynaecologic cytology - abnormal result')),
                        ('kv', kv), ('small', c.t('Méthode : ThinPrep, dépistage assisté par imagerie.', 'Method: ThinPrep, imager-assisted screening.'))],
                       title=acc)
        atts = [Att(c.pick([f"Pap_{acc}.pdf", f"cyto_{acc}_anormal.pdf"]), 'application/pdf', data=pdf)]
    subj = c.pick([c.t(f"Pap anormal – suivi requis ({acc})", f"Abnormal Pap - follow-up required ({acc})"),
                   c.t("Résultat de cytologie à suivre", "Cytology result needing follow-up")])
    m = c.msg(cyto, [to], subj, body + c.sig(cyto), atts=atts)
    m.note = c.t('Pap anormal envoyé au médecin traitant', 'abnormal Pap sent to primary provider')
    return m


BOARDS = [('sein', 'breast', ['breast_core', 'lumpectomy']), ('digestif', 'GI', ['colon', 'gastric', 'appendix']),
          ('gynéco-onco', 'gyne-onc', ['endometrium', 'cone', 'ovary']), ('thoracique', 'thoracic', ['lung']),
          ('uro-onco', 'GU', ['prostate', 'bladder', 'kidney']), ('hémato', 'lymphoma', ['lymphoma'])]


def p_tumour_board(c):
    board = c.pick(BOARDS)
    n = c.rng.randint(3, 6)
    rows = []
    with_holder = c.chance(0.4)
    qs = [c.t('Traitement adjuvant?', 'Adjuvant treatment?'), c.t('Révision des lames', 'Slide review'),
          c.t('Discordance imagerie-patho', 'Radiology-pathology discordance'), c.t('Chirurgie vs surveillance', 'Surgery vs surveillance'),
          c.t('Candidat essai clinique?', 'Trial candidate?')]
    for i in range(n):
        hold = with_holder and i == 0
        case = c.case(ids=board[2])
        p = c.patient(nam=hold, sex=case['sex'] or c.pick('FM'))
        nm = c.name(p, 'upper_comma' if hold else c.pick(['upper_comma', 'comma', 'upper_sur', 'initial_upper']))
        row = [str(i + 1), nm, c.mrn(p, label=False), L(case, 'dx', c.lang), c.pick(qs)]
        if hold:
            row[1] = f"{nm} ({c.t('né(e) le', 'DOB')} {c.dob(p)}, {p.sex}, NAM {c.nam(p)})"
        rows.append(row)
    c.add('diagnosis')
    hdr = ['#', c.t('Patient', 'Patient'), c.t('Dossier', 'MRN'), c.t('Diagnostic', 'Diagnosis'), c.t('Question', 'Question')]
    dt = day(c, 'long', 1, 7)
    coord = STAFF['tbcoord']
    subj = c.t(f"Comité des tumeurs {board[0]} – liste du {dt}", f"{board[1]} tumour board - case list {dt}")
    intro = c.t(f"Voici la liste des cas pour le comité {board[0]} de jeudi (7 h 30, salle 2-114 et Teams). "
                "Les pathologistes concernés sont priés de préparer les lames numériques.",
                f"Here is the case list for Thursday's {board[1]} board (7:30, room 2-114 and Teams). "
                "Pathologists, please have the digital slides ready.")
    kind = c.pick(['inline', 'docx', 'xlsx'])
    atts = []
    if kind == 'inline':
        body = [intro, ('table', hdr, rows)]
    elif kind == 'docx':
        body = [intro, c.t("Liste en pièce jointe.", "List attached.")]
        doc = make_docx([('title', subj), ('table', hdr, rows)], title=subj)
        atts = [Att(c.t(f"Liste_CDT_{board[1]}.docx", f"TB_list_{board[1]}.docx").replace(' ', '_'),
                    'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data=doc)]
    else:
        body = [intro, c.t("Le chiffrier est joint (onglet « Cas »).", "Spreadsheet attached ('Cases' tab).")]
        x = make_xlsx([(c.t('Cas', 'Cases'), hdr, rows)])
        atts = [Att(f"CDT_{board[1].replace(' ', '_')}_{c.rng.randint(10, 52)}.xlsx",
                    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data=x)]
    m = c.msg(coord, [LISTS['tb']], subj, body + c.sig(coord), cc=[STAFF['path1']], atts=atts)
    m.note = c.t('liste de cas du comité des tumeurs', 'tumour board case list')
    return m


REJ_SPEC = [("biopsie cutanée, avant-bras D", "skin biopsy, right forearm", "r/o carcinome épidermoïde", "r/o squamous cell carcinoma"),
            ("cytologie urinaire", "urine cytology", "hématurie, ATCD carcinome urothélial", "haematuria, hx urothelial carcinoma"),
            ("Pap test (ThinPrep)", "Pap test (ThinPrep)", "suivi post-conisation CIN 2", "post-LEEP follow-up, CIN 2"),
            ("biopsie du col utérin à 6 h", "cervical biopsy at 6 o'clock", "lésion acidophile, r/o HSIL", "acetowhite lesion, r/o HSIL"),
            ("liquide pleural", "pleural fluid", "épanchement récidivant, néo du sein connu", "recurrent effusion, known breast cancer"),
            ("polype du côlon, 40 cm", "colon polyp at 40 cm", "polype pédiculé 2 cm, r/o adénome", "2 cm pedunculated polyp, r/o adenoma")]


def p_rejected(c):
    p = c.patient(nam=False)
    sp = c.pick(REJ_SPEC)
    reason = c.pick(REJECT)
    tech = c.pick([STAFF['tech2'], STAFF['tech1'], STAFF['mgr']])
    to = c.pick([CLIN['fam1'], CLIN['ipsl'], CLIN['derm'], CLIN['gi'], CLIN['surg3']])
    nm = c.name(p)
    mr = c.mrn(p)
    c.add('diagnosis')
    lines = [greet(c, to),
             c.t(f"Nous avons dû refuser le spécimen suivant reçu le {day(c, None, -3, 0)} :", f"We had to reject the following specimen received {day(c, None, -3, 0)}:"),
             ('table', None, [[c.t('Patient', 'Patient'), nm], [c.t('Identifiant', 'Identifier'), mr],
                              [c.t('Spécimen', 'Specimen'), c.t(sp[0], sp[1])],
                              [c.t('Renseignements cliniques', 'Clinical info'), c.t(sp[2], sp[3])],
                              [c.t('Motif du refus', 'Reason'), c.t(reason[0], reason[1])]])]
    if 'naissance' in reason[0]:
        dd = c.dob(p)
        lines.insert(2, c.t(f"(requête : DDN {dd})", f"(requisition: DOB {dd})"))
    lines += [c.t("Selon la politique LAB-PRE-004, un spécimen non conforme ne peut être analysé. "
                  "Merci de reprendre le prélèvement ou de venir compléter le formulaire de dérogation (spécimens irremplaçables seulement).",
                  "Under policy LAB-PRE-004 a non-conforming specimen cannot be processed. Please recollect, or come and complete the "
                  "exception form (irreplaceable specimens only)."),
              c.t("Le spécimen est conservé 72 h à la réception.", "The specimen will be held 72 h at reception.")]
    subj = c.pick([c.t("Spécimen refusé – non-conformité", "Rejected specimen - non-conformity"),
                   c.t(f"Spécimen refusé : {nm}", f"Specimen rejected: {nm}"),
                   c.t("Avis de non-conformité pré-analytique", "Pre-analytical non-conformity notice")])
    m = c.msg(tech, [to], subj, lines + c.sig(tech), cc=[LISTS['recep']] if c.chance(0.5) else None)
    m.note = c.t('avis de spécimen refusé', 'rejected specimen notice')
    return m
