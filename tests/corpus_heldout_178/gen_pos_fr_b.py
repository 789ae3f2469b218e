"""French positives, part B: transport, prescriptions, social work, quick
notes, lab lists, patients from France/Belgium, name only in Subject or in an
attachment."""
import datetime

import gen_clin as K
import gen_common as C
import gen_docs as D
import gen_tpl as T


def transport(r, c):
    p = c.alloc.qc(r.random() < 0.45)
    b = K.bio_of(r, iv=True)
    c.t("medication")
    clerk = r.choice(C.CLERKS)
    day = T.future(r, c.when, 3, 20)
    need = r.choice(["fauteuil roulant", "marchette, peut faire le transfert " + ("seule" if p.sex == "F" else "seul"), "accompagnateur requis (déficit visuel)",
                     "civière non requise, aide pour l'escalier"])
    lines = ["Demande de transport adapté", "",
             "Usager : " + (c.ident_line(p, with_mrn=False) if p.nam else c.full_name(p)),
             "Adresse : " + c.address(p),
             "Téléphone : " + c.phone(p),
             "Rendez-vous : %s à %s — %s (perfusion %s, durée environ %s)" % (
                 C.long_date_fr(day), T.hhmm(r, 8, 11), C.CLINIC_FR, T.de(T_name(r, b)), r.choice(["2 h", "3 h", "4 h 30"])),
             "Retour : après la perfusion, appeler le poste infirmier",
             "Besoins : " + need]
    if r.random() < 0.4:
        lines.append("Note : " + r.choice(["usagère atteinte de polyarthrite rhumatoïde sévère, mobilité réduite",
                                          "douleurs importantes aux hanches (spondylarthrite)",
                                          "patient en perte d'autonomie, vit seul"]))
        c.t("diagnosis")
        if "vit seul" in lines[-1]:
            c.t("social_information")
    body = "%s\n\n%s\n\n%s" % (T.greet(r, "fr"), "\n".join(lines), C.signature(r, clerk))
    subj = r.choice(["Demande de transport — %s" % C.short_date_fr(day), "Transport adapté pour perfusion",
                     "TA : %s %s" % (p.surname.upper(), C.short_date_fr(day))])
    if p.surname.upper() in subj:
        c.t("patient_name")
    return T.spec("transport_request", "adapted transport request for an infusion appointment", subj, T.who(clerk),
                  [T.ext("transport", "reservations")], body, mode=r.choice(["plain", "plain", "alt"]))


def T_name(r, b):
    return K.bio_name(r, b)


def prescription(r, c):
    p = c.alloc.qc(True)
    md = r.choice(C.PHYS)
    dm = K.dmard_of(r)
    items = ["%s — %s" % (dm[0], dm[2])]
    if "méthotrexate" in dm[0]:
        items.append("acide folique 5 mg — 1 co par semaine, le lendemain du méthotrexate")
        if "SC" in dm[2]:
            items.append("seringues préremplies, contenant pour objets pointus")
    items.append(r.choice(["prednisone 5 mg — 1 co die, cesser après 4 semaines", "oméprazole 20 mg die",
                           "calcium 500 mg + vitamine D 1000 UI die", "naproxène 500 mg BID PRN au repas"]))
    c.t("medication")
    dxline = ""
    if r.random() < 0.6:
        dx = K.dx_of(r, ["ra", "spa", "lupus"])
        dxline = "Dx : %s\n" % (dx[2] if r.random() < 0.5 else dx[0])
        c.t("diagnosis")
    with_addr = r.random() < 0.5
    pharm = r.choice(["pharm", "pharm2"])
    if r.random() < 0.45:
        blocks = [("title", "Ordonnance"), ("kv", c.ident_fields(p, with_mrn=False))]
        if with_addr:
            blocks.append(("kv", [("Adresse", c.address(p))]))
        if dxline:
            blocks.append(("kv", [("Diagnostic", dxline[5:].strip())]))
        blocks += [("h", "Médicaments"), ("p", " / ".join(items)), ("kv", [("Prescripteur", C.staff_name(md))])]
        att = {"kind": "pdf", "data": D.pdf(blocks, "Ordonnance", C.staff_name(md, title=False), compress=r.random() < 0.5),
               "filename": r.choice(["ordonnance.pdf", "Rx_%s.pdf" % c.when.date().isoformat(), "Ordonnance %s.pdf" % p.surname])}
        body = ("Bonjour,\n\nVeuillez trouver ci-jointe une ordonnance pour %s. L'original suit par télécopieur.\n\n%s"
                % (c.name(p, r.choice(["full", "title_full", "upper_first"])), C.signature(r, md)))
        return T.spec("prescription", "prescription sent to community pharmacy as PDF", "Ordonnance", T.who(md),
                      [T.ext(pharm, "ordonnances")], body, attachments=[att])
    addr = ("Adresse : %s\n" % c.address(p)) if with_addr else ""
    rx = ("ORDONNANCE\n\n%s\n%s%s\nRx :\n%s\n\nRenouvellements : %s\nPrescripteur : %s, rhumatologue — permis 1-%05d\n"
          % (c.ident_line(p), addr, dxline, "\n".join("  %d) %s" % (i + 1, x) for i, x in enumerate(items)),
             r.choice(["3", "6", "aucun", "x 12 mois"]), C.staff_name(md), r.randint(10000, 99999)))
    subj = r.choice(["Ordonnance — %s" % p.surname, "Rx renouvellement", "Nouvelle ordonnance rhumato"])
    return T.spec("prescription", "prescription sent to community pharmacy", subj, T.who(md), [T.ext(pharm, "ordonnances")],
                  rx + "\n" + C.signature(r, md))


SOCIAL_FR = [
    "a perdu son emploi en décembre et n'a plus d'assurance collective; la RAMQ ne couvre pas encore le biologique",
    "vit présentement au refuge pour femmes La Traversée après avoir quitté un conjoint violent; ne veut pas que son adresse soit transmise",
    "est prestataire de l'aide sociale et n'a pas les moyens de payer la franchise et la coassurance",
    "habite seul(e) dans un 3e étage sans ascenseur; a manqué ses 2 dernières perfusions faute de transport",
    "a un signalement en cours à la DPJ pour son fils; beaucoup de stress, a cessé son méthotrexate",
    "a été évincé(e) de son logement, dort chez sa sœur à Val-des-Aulnes pour quelques semaines",
]


def social_work(r, c):
    p = c.alloc.qc(r.random() < 0.5)
    dx = K.dx_of(r, ["ra", "spa", "lupus", "vasc"])
    b = K.bio_for_dx(r, dx)
    c.t("social_information", "medication", "diagnosis")
    sw = r.choice(C.SOCIAL)
    suivi = "suivie" if p.sex == "F" else "suivi"
    nurse = r.choice(C.NURSES)
    sit = r.choice([x for x in SOCIAL_FR if p.sex == "F" or "femmes" not in x])
    sit = sit.replace("seul(e)", "seule" if p.sex == "F" else "seul").replace("évincé(e)", "évincée" if p.sex == "F" else "évincé")
    who_p = c.ident_line(p) if p.nam else "%s (dossier %s)" % (c.full_name(p), c.mrn(p))
    extra = ""
    if "aide sociale" in sit or "emploi" in sit or r.random() < 0.25:
        extra += "\nPour la demande d'aide financière, son NAS est le %s." % c.sin(p)
    if r.random() < 0.4:
        extra += "\nOn peut %s joindre au %s (cellulaire personnel), préférablement après 16 h." % ("la" if p.sex == "F" else "le", c.phone(p))
    body = ("%s\n\nJe te demande une évaluation pour %s, %s chez nous pour %s sous %s.\n\n"
            "La personne %s.%s\n\nPourrais-tu voir avec %s pour le programme de soutien du fabricant et les démarches "
            "d'assurance médicaments? Sa prochaine perfusion est prévue le %s.\n\n%s"
            % (T.greet(r, "fr", T.first(sw)), who_p, suivi, dx[0], K.bio_name(r, b), sit, extra,
               "elle" if p.sex == "F" else "lui", C.long_date_fr(T.future(r, c.when, 5, 25)), C.signature(r, nurse)))
    subj = r.choice(["Demande TS — situation financière", "Référence en service social", "Besoin TS urgent",
                     "Référence TS : %s" % c.name(p, "title_sur")])
    if r.random() < 0.35:
        reply = ("Je l'ai %s ce matin. Demande d'aide de dernier recours en cours et inscription au %s faite. "
                 "Je documente au dossier." % ("rejointe" if p.sex == "F" else "rejoint", C.EXT["psp"][0]))
        body = reply + "\n\n" + T.first(sw) + "\n\n" + T.quote_block(r, "fr", body, T.who(nurse), T.earlier(r, c.when), subj)
        return T.spec("social_work", "social worker reply on patient's financial and social situation", "RE: " + subj,
                      T.who(sw), [T.who(nurse)], body)
    return T.spec("social_work", "nurse referral to social work about patient's situation", subj, T.who(nurse), [T.who(sw)], body,
                  extra_headers=[("Importance", "high")] if r.random() < 0.4 else [])


def quick_note(r, c):
    p = c.alloc.qc(False)
    res = r.choice(C.RESIDENTS)
    md = r.choice(C.PHYS)
    room = "%d%02d" % (r.randint(2, 7), r.randint(1, 40))
    scen = r.choice([
        ("goutte polyarticulaire", "ponction du genou : cristaux d'urate, 32 000 GB; CRP 148", "colchicine 0,6 mg BID + prednisone 30 mg"),
        ("poussée de LED", "C3 0,48, anti-ADN 310, plaquettes 72", "méthylprednisolone 500 mg IV x 3 jours"),
        ("suspicion d'ACG", "VS 96, CRP 71; écho des temporales : signe du halo bilatéral", "prednisone 60 mg débutée à l'urgence"),
        ("arthrite septique à éliminer", "liquide trouble, Gram en cours, 58 000 GB", "céfazoline IV en attendant les cultures"),
    ])
    c.t("diagnosis", "lab_result", "medication")
    nm = c.name(p, r.choice(["given", "title_sur", "lower", "initial"]))
    body = r.choice([
        "Salut %s,\n\n%s, ch. %s (dossier %s) — %s. %s. On a mis %s. Peux-tu passer cet après-midi?\n\n%s",
        "%s — petite question : %s au %s (dossier %s), %s; %s. Débuté %s. Ok pour toi?\n\n%s",
    ])
    if body.startswith("Salut"):
        body = body % (T.first(md), nm, room, c.mrn(p), scen[0], scen[1], scen[2], T.first(res))
    else:
        body = body % (T.first(md), nm, room, c.mrn(p), scen[0], scen[1], scen[2], T.first(res))
    subj = r.choice(["ch. %s" % room, "Consult étage", "Question rapide", "Patient au %s" % room])
    return T.spec("quick_note", "quick note between colleagues about an inpatient", subj, T.who(res), [T.who(md)], body,
                  mode=r.choice(["plain", "plain", "html"]))


def lab_list_csv(r, c):
    n = r.randint(5, 9)
    rows = []
    with_dob = r.random() < 0.4
    for _ in range(n):
        p = c.alloc.qc(False)
        dm = K.dmard_of(r, "cbc_lft")
        labs, kind = K.labs_dmard(r, "fr", abnormal=r.random() < 0.4)
        row = [c.name(p, r.choice(["upper_first", "sur_first"])), c.mrn(p, "plain")]
        if with_dob:
            row.append(c.dob(p, "iso"))
        row += [dm[0].split(" (")[0], labs[1][1].split(" ")[0], labs[2][1].split(" ")[0], labs[4][1].split(" ")[0],
                labs[6][1].split(" ")[0], {"alt": "ALT ↑ — aviser MD", "neut": "neutro ↓ — aviser MD", "ok": ""}[kind]]
        rows.append(row)
    c.t("lab_result", "medication")
    header = ["Patient", "Dossier"] + (["DDN"] if with_dob else []) + ["ARMM", "GB", "Neutro", "ALT", "Créat", "Commentaire"]
    nurse = r.choice(C.NURSES)
    month = C.MOIS[c.when.month - 1]
    delim = r.choice([";", ","])
    enc = r.choice(["utf-8", "utf-8-sig", "cp1252"])
    data = D.csv_bytes(header, rows, delimiter=delim, encoding=enc, crlf=r.random() < 0.6)
    att = {"kind": "csv", "data": data, "charset": {"utf-8": "utf-8", "utf-8-sig": "utf-8", "cp1252": "windows-1252"}[enc],
           "filename": r.choice(["suivi_ARMM_%s.csv" % C.ascii_fold(month), "bilans_à_revoir.csv", "extraction labo %s.csv" % month])}
    body = ("%s\n\nExtraction des bilans de suivi des ARMM reçus cette semaine (%d patients). Les valeurs hors normes sont "
            "annotées. Merci de réviser d'ici vendredi.\n\n%s" % (T.greet(r, "fr"), n, C.signature(r, nurse)))
    return T.spec("lab_list", "weekly DMARD monitoring lab list as CSV", r.choice(["Bilans ARMM à réviser", "Suivi labos " + month,
                  "Extraction bilans semaine %d" % c.when.isocalendar()[1]]), T.who(nurse), [T.who(m) for m in r.sample(C.PHYS, 2)],
                  body, attachments=[att])


def foreign_patient(r, c):
    p = c.alloc.foreign()
    be = p.origin == "be"
    dx = K.dx_of(r, ["ra", "lupus", "spa", "vasc"])
    b = K.bio_for_dx(r, dx)
    c.t("diagnosis", "medication")
    md = r.choice(C.PHYS)
    nurse = r.choice(C.NURSES)
    idl = ("NISS : " + c.niss(p)) if be else ("N° de sécurité sociale : " + c.nir(p))
    city = r.choice(["Liège", "Gand", "Namur"]) if be else r.choice(["Lyon", "Bordeaux", "Lille", "Nantes"])
    prev = r.choice(["Dr Van Aken", "Pr Delorme", "Dr Mertens", "Dre Lacoste"])
    letter = [("title", "Lettre de liaison"),
              ("p", "Service de rhumatologie — CHU de %s (document transmis par le patient)" % city),
              ("kv", [("Patient(e)", c.full_name(p)), ("Né(e) le", c.dob(p)), ("Identifiant", idl)]),
              ("p", "Suivi(e) depuis %d pour %s. Traitement en cours : %s, %s. Dernière perfusion / injection le %s."
               % (c.when.year - r.randint(2, 9), dx[0], b[0], b[3], C.long_date_fr(T.past(r, c.when, 10, 40)))),
              ("p", "Dernier bilan : " + K.labs_inline(K.labs_for_dx(r, dx, "fr", 4))),
              ("p", "Confraternellement, " + prev)]
    c.t("lab_result")
    att = {"kind": r.choice(["pdf", "docx"]), "filename": ""}
    if att["kind"] == "pdf":
        att["data"] = D.pdf(letter, "Lettre de liaison", prev, compress=r.random() < 0.5)
        att["filename"] = r.choice(["lettre_liaison_%s.pdf" % T.slug(p.surname), "Courrier rhumatologie %s.pdf" % city])
    else:
        att["data"] = D.docx(letter, "Lettre de liaison", prev)
        att["filename"] = r.choice(["lettre_liaison.docx", "Compte-rendu %s.docx" % city])
    if T.slug(p.surname) in att["filename"]:
        c.t("patient_name")
    body = ("%s\n\n%s vient de s'installer dans la région (%s de %s). %s n'a pas encore sa carte RAMQ — "
            "délai de carence. Ci-joint la lettre de son rhumatologue. Il faudrait %s voir avant la prochaine dose %s "
            "prévue le %s; on peut demander au fabricant une dose de dépannage.\n\nIdentifiant %s : %s\n\n%s"
            % (T.greet(r, "fr", T.first(md)), c.name(p, r.choice(["title_full", "full", "upper_first"])),
               "arrivée" if p.sex == "F" else "arrivé", city,
               "Elle" if p.sex == "F" else "Il", "la" if p.sex == "F" else "le", T.de(b[0]), C.long_date_fr(T.future(r, c.when, 7, 30)),
               "belge" if be else "français", (C.fmt_niss(p.niss, "official") if be else C.fmt_nir(p.nir, "spaced")),
               C.signature(r, nurse)))
    subj = r.choice(["Nouveau patient — transfert de %s" % ("Belgique" if be else "France"), "Transfert de suivi rhumato",
                     "Patient(e) de l'étranger, traitement %s" % b[0]])
    return T.spec("transfer_of_care", "transfer of care for a patient arriving from Europe", subj, T.who(nurse),
                  [T.who(md)], body, attachments=[att], mode=r.choice(["plain", "alt"]))


def _labs(r, g):
    if g == "lupus":
        return K.labs_lupus(r)[:4]
    if g == "vasc":
        return K.labs_vasc(r)[:3]
    return K.labs_ra(r)[:3]


def subject_only(r, c):
    p = c.alloc.qc(False)
    b = K.bio_of(r, iv=True)
    nurse = r.choice(C.NURSES)
    md = r.choice(C.PHYS)
    nm = c.name(p, r.choice(["title_sur", "upper_first", "initial", "sur_first"]))
    reason = r.choice([("fièvre 38,6 hier soir et toux productive", "CRP 46"), ("zona thoracique en cours", "GB 3,1"),
                       ("infection urinaire sous antibiotique", "leucocytes urinaires +++"),
                       ("chirurgie de la hanche prévue le mois prochain", "Hb 104")])
    c.t("medication", "lab_result")
    body = ("%s\n\nLa perfusion %s de demain est reportée : %s (%s). J'ai avisé la pharmacie pour ne pas préparer la dose. "
            "%s\n\n%s" % (T.greet(r, "fr"), T.de(K.bio_name(r, b)), reason[0], reason[1],
                          r.choice(["On replace la perfusion dans 2 semaines si OK.", "À revoir avec toi pour la date.", "Nouvelle date à confirmer."]),
                          C.signature(r, nurse)))
    subj = r.choice(["%s — report %s" % (nm, b[1][0]), "Report perfusion %s" % nm, "%s : perfusion annulée" % nm])
    return T.spec("infusion_deferral", "infusion deferral, patient named only in the Subject", subj, T.who(nurse),
                  [T.who(md), ("Préparation biologiques", "pharmacie.biologiques@" + C.ORG_DOMAIN)], body)


EVOL_FR = {
    "lupus": ("Admission pour poussée avec atteinte hématologique (plaquettes 41) et sérite; bolus de méthylprednisolone 500 mg x 3, "
              "amélioration rapide.", "prednisone 40 mg die (sevrage de 5 mg/sem), HCQ 200 mg BID, MMF 1 g BID, pantoprazole 40 mg"),
    "vasc": ("Hospitalisation pour insuffisance rénale aiguë (créatinine 248) et hémoptysies; rituximab 1 g J1-J15 et "
             "méthylprednisolone IV.", "prednisone 60 mg die, TMP-SMX DS 3x/sem, calcium/vit D, alendronate 70 mg/sem"),
    "ra": ("Pneumonie lobaire sous tocilizumab, antibiothérapie 7 jours, biologique suspendu jusqu'à la visite de contrôle.",
           "méthotrexate 20 mg/sem (reprendre après les antibiotiques), acide folique 5 mg/sem, amoxicilline-clavulanate 5 jours"),
}


def attachment_only(r, c):
    p = c.alloc.qc(r.random() < 0.6)
    dx = K.dx_of(r, ["lupus", "vasc", "ra"])
    c.t("patient_name", "diagnosis")
    md = r.choice(C.PHYS)
    clerk = r.choice(C.CLERKS)
    fname = r.choice(["%s_%s_resume_%s" % (T.slug(p.surname).upper(), T.slug(p.given), dx[2]),
                      "Résumé d'hospitalisation - %s %s (%s)" % (p.surname, p.given, dx[2]),
                      "%s %s - %s" % (p.given.lower(), p.surname.lower(), dx[3])])
    kind = r.choice(["pdf", "pdf", "docx"])
    blocks = [("title", "Résumé de séjour — médecine interne / rhumatologie"), ("kv", c.ident_fields(p, with_mrn=True)),
              ("h", "Diagnostic principal"), ("p", dx[0]),
              ("h", "Évolution"), ("p", EVOL_FR[dx[4]][0]),
              ("h", "Médicaments au congé"), ("p", EVOL_FR[dx[4]][1])]
    c.t("medication")
    if kind == "pdf":
        data = D.pdf(blocks, "Résumé de séjour", C.staff_name(md, title=False), compress=r.random() < 0.5)
    else:
        data = D.docx(blocks, "Résumé de séjour", C.staff_name(md, title=False))
    att = {"kind": kind, "data": data, "filename": fname + "." + kind}
    body = r.choice(["Ci-joint, à numériser au dossier svp.", "Voir pièce jointe. Merci de classer.",
                     "Pour le dossier — version finale signée.", "À faxer au CLSC et au MD de famille. Merci!"])
    body = "%s\n\n%s\n\n%s" % (T.greet(r, "fr", T.first(clerk)), body, T.first(md))
    return T.spec("discharge_summary", "discharge summary, patient named only in attachment", r.choice(["Résumé à classer",
                  "Document pour dossier", "Résumé de séjour", "TR: résumé"]), T.who(md), [T.who(clerk)], body, attachments=[att])


TEMPLATES = [transport, prescription, social_work, quick_note, lab_list_csv, foreign_patient, subject_only, attachment_only]
