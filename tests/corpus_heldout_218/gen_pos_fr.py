"""French positive templates, part 1."""
import datetime

from gen_clin import (ANTIPSY, LAB_THEMES, MED_DX, OAT, OTHER_MEDS, PSY_DX, SOCIAL, SUD_DX, SYMPT, L, bye, fmt_soc,
                      hello, new, orig_header, quote)
from gen_common import (cap, NAM_STYLES, OUTDOOR, OUTDOOR_SITES, SHELTERS, Att, address, fdate, fr_at, fr_the, name_form,
                        phone, sex_txt, signature, staff)
from gen_docs import make_pdf, make_xlsx

HOLDER_STYLES = ["full", "upper_comma", "comma", "surname_first", "upper_first", "lower", "title_full"]
FR = "fr"


def il(p):
    return "elle" if p.sex == "F" else "il"


def e(p):
    return "e" if p.sex == "F" else ""


def nam_block(s, r, p):
    """Return (name, dob_txt, sex_txt, nam_txt) for a NAM holder."""
    name = s.nm(p, r.choice(HOLDER_STYLES))
    dob = fdate(p.dob, FR, r.choice(["iso", "dmy", "long", "dots"]))
    sx = sex_txt(p, FR, r)
    nam = s.nam(p, r.choice(NAM_STYLES), dob, sx)
    return name, dob, sx, nam


def referral(r, w):
    s = new(r, FR, "referral", "référence vers le SIV après visite à l'urgence psychiatrique", True, "psy",
            ("chef",), ("ts",))
    p = w.holder("adult")
    name, dob, sx, nam = nam_block(s, r, p)
    dx = s.dx(L(r.choice(PSY_DX), FR))
    dx2 = s.dx(L(r.choice(SUD_DX), FR))
    soc1 = s.soc(fmt_soc(SOCIAL[r.choice([0, 1, 2, 4])], FR, r))
    med = s.med(L(r.choice(ANTIPSY), FR))
    visits = r.randint(3, 7)
    style = r.randint(0, 2)
    subj = r.choice(["Référence SIV itinérance – %s" % name_form(p, FR, "upper_comma"),
                     "Demande de service SIV", "Réf. SIV (urgence psy) – %s" % p.surname.upper()])
    if subj == "Demande de service SIV":
        s.t("patient_name")
    else:
        s.t("patient_name")
    s.subject = subj
    ph = ""
    if r.random() < 0.5:
        ph = s.contact("\nJoignable par cellulaire (prépayé, souvent sans minutes) : %s." % phone(r))
    if style == 0:
        body = ("%s\n\nJe vous réfère la personne suivante pour un suivi d'intensité variable :\n\n"
                "%s\nDDN : %s   %s\nNAM : %s\n\nDx : %s; %s.\nSituation : %s.\nRx actuelle : %s "
                "(adhésion partielle).\n\nMotif : %d visites à l'urgence en 4 mois, aucun suivi en externe, "
                "perte de ses effets personnels à répétition. %s accepte d'être rencontré%s au refuge.%s\n\n%s\n\n%s"
                % (hello(r, FR, s.tos[0].given), name, dob, sx, nam, dx, dx2, soc1, med, visits,
                   cap(il(p)), e(p), ph, bye(r, FR), signature(s.frm, FR, r)))
    elif style == 1:
        body = ("%s\n\nPetite référence de l'urgence psy pour votre équipe. %s (NAM %s, %s, née le %s) "
                "— %s, avec %s. %s. Reçoit actuellement %s, mais ne se présente pas aux injections.\n\n"
                "On a tenté de la relier au CLSC à deux reprises sans succès. Peut-on prévoir une première "
                "rencontre conjointe avec notre infirmière de liaison cette semaine ?%s\n\n%s\n\n%s"
                % (hello(r, FR), name, nam, sx, dob, dx, dx2, cap(soc1), med, ph, bye(r, FR),
                   signature(s.frm, FR, r))).replace("née le", "né%s le" % e(p))
    else:
        body = ("%s\n\nRÉFÉRENCE – SIV ITINÉRANCE\nNom : %s\nDate de naissance : %s\n%s\nNo d'assurance maladie : %s\n"
                "Diagnostics : %s / %s\nMédication : %s\nLogement : %s\nDemande : évaluation pour SIV, "
                "accompagnement vers un logement, lien avec pharmacie.%s\n\n%s\n%s"
                % (hello(r, FR), name, dob, sx, nam, dx, dx2, med, soc1, ph, bye(r, FR), signature(s.frm, FR, r)))
    s.body = body
    if r.random() < 0.4:
        pdf = make_pdf("Formulaire de référence – SIV itinérance",
                       ["Usager : %s" % name, "Date de naissance : %s    %s" % (dob, sx), "NAM : %s" % p.nam,
                        "# Diagnostics", dx, dx2, "# Situation sociale", soc1, "# Médication", med,
                        "Référent : %s, %s" % (s.frm.doc(FR), s.frm.role_txt(FR))],
                       header="CIUSSS de la Rivière-aux-Saules – Guichet d'accès santé mentale")
        s.atts.append(Att("Reference_SIV_%s.pdf" % p.surname.upper(), "application/pdf", pdf))
    return s


def crisis_note(r, w):
    s = new(r, FR, "crisis_note", "note d'intervention de l'équipe mobile de crise", True, "crise", ("inf", "psy"))
    p = w.patient(r)
    age = p.age
    name = s.nm(p, r.choice(["upper_comma", "full", "upper_first", "title_full"]))
    dob = s.dob(p, r=r)
    adr = s.contact(address(r, FR))
    tel = s.contact(phone(r))
    sym = s.dx(L(r.choice(SYMPT[:4] + SYMPT[7:]), FR))
    demand = r.choice(["appel de la sœur au 811", "demande du service de police (appel pour bruit)",
                       "appel du propriétaire (odeur, cris)", "référence de l'intervenante du centre de jour"])
    cons = s.dx(r.choice(["consommation d'alcool quotidienne (24 bières/j)", "crystal meth fumé depuis 3 jours",
                          "cannabis et kétamine", "consommation d'opioïdes de rue"]))
    soc = s.soc(r.choice(["avis d'expulsion reçu pour le 1er du mois", "vit seul%s, aucun réseau" % e(p),
                          "prestataire d'aide sociale, frigo vide", "logement insalubre, électricité coupée"]))
    p38 = r.random() < 0.45
    plan = ("Dangerosité grave et immédiate évaluée : application de l'art. 8 (P-38), transport ambulancier vers "
            "l'urgence de l'Hôpital Saint-Mathurin, accompagné%s par deux policiers." % e(p)) if p38 else \
        ("Risque évalué modéré. Contrat de non-passage à l'acte discuté, retrait des médicaments accumulés "
         "(remis à la pharmacie). Relance téléphonique demain 10 h, référence au guichet SIV.")
    s.subject = r.choice(["Note EMC %s – %s" % (s.date.strftime("%d/%m"), name_form(p, FR, "upper_first")),
                          "Intervention EMC – %s" % adr.split(",")[0] if r.random() < 0.5 else "Intervention EMC – suivi",
                          "Note d'intervention (crise) %s" % s.date.strftime("%Y-%m-%d")])
    s.body = ("NOTE D'INTERVENTION – ÉQUIPE MOBILE DE CRISE\n\nDate : %s, %02d h %02d\nDemande : %s\n"
              "Personne : %s, %d ans (DDN %s)\nAdresse : %s\nCell. : %s\n\nObservations : %s. %s.\n"
              "Contexte : %s.\n\nÉvaluation/intervention : %s\n\nIntervenant%s : %s, %s\n\n%s"
              % (fdate(s.date.date(), FR, "long"), s.date.hour, s.date.minute, demand, name, age, dob, adr, tel,
                 cap(sym), cap(cons), soc, plan, "e" if s.frm.sex == "F" else "", s.frm.full(),
                 s.tos[0].full(), signature(s.frm, FR, r)))
    return s


def census(r, w):
    s = new(r, FR, "census", "liste de suivi hebdomadaire de la clinique mobile", True, "inf", ("inf", "ts", "md"))
    rows = []
    styles = ["upper_comma", "full", "lower", "initial_upper", "surname_first", "given_initial"]
    n = r.randint(5, 8)
    s.t("patient_name", "social_information", "diagnosis")
    for i in range(n):
        p = w.patient(r)
        st = r.choice(styles)
        nm = "%s %s." % (p.given, p.surname[0]) if st == "given_initial" else name_form(p, FR, st)
        site = r.choice(SHELTERS[:6] + ["Rue – " + x for x in OUTDOOR_SITES])
        k = r.randint(0, 3)
        if k == 0:
            prob = L(r.choice(MED_DX), FR)
        elif k == 1:
            prob = L(r.choice(PSY_DX), FR)
        elif k == 2:
            prob = L(r.choice(SUD_DX), FR).split(",")[0]
        else:
            prob = L(r.choice(MED_DX), FR) + " + " + L(r.choice(SUD_DX), FR).split(" (")[0]
        todo, ty = r.choice([("pansement lun/mer/ven", None), ("relancer pour injection", None),
                             ("prise de sang VHC", None), ("ATB à vérifier (céphalexine)", "medication"),
                             ("accompagner au CLSC", None), ("attend carte RAMQ", None),
                             ("remettre naloxone", "medication"), ("évaluer pour SIV", None),
                             ("HbA1c 11,2 % – voir MD", "lab_result"), ("lithémie à refaire (1,31)", "lab_result"),
                             ("injection Invega due le %d" % r.randint(1, 28), "medication")])
        if ty:
            s.t(ty)
        rows.append((site, nm, prob, todo))
    week = s.date.date() - datetime.timedelta(days=s.date.weekday())
    s.subject = r.choice(["Liste de suivi clinique mobile – semaine du %s" % fdate(week, FR, "long"),
                          "Liste à jour (fourgonnette)", "Suivis CPI %s" % week.strftime("%d-%m")])
    if r.random() < 0.5:
        s.atts.append(Att("Liste_suivi_CPI_%s.xlsx" % week.strftime("%Y%m%d"),
                          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          make_xlsx([("Suivis", [("Site", "Usager", "Problème", "À faire")] + rows)], s.date)))
        s.body = ("%s\n\nVoici la liste à jour pour la tournée de la fourgonnette. J'ai ajouté %d nouveaux suivis "
                  "cette semaine. Merci de mettre vos notes dans la colonne « À faire ».\n\n%s\n\n%s"
                  % (hello(r, FR, "l'équipe"), r.randint(1, 3), bye(r, FR), signature(s.frm, FR, r)))
    else:
        tab = "\n".join(" | ".join(x) for x in rows)
        s.body = ("%s\n\nListe pour la tournée de %s :\n\nSite | Usager | Problème | À faire\n%s\n\n"
                  "Priorités : les deux premiers. %s\n\n%s"
                  % (hello(r, FR), r.choice(["ce soir", "demain matin", "jeudi"]), tab, bye(r, FR),
                     signature(s.frm, FR, r)))
    return s


def pharmacy(r, w):
    s = new(r, FR, "prescription", "ordonnance de traitement par agonistes opioïdes à la pharmacie", True, "md",
            ("pharm",))
    p = w.holder("adult")
    name, dob, sx, nam = nam_block(s, r, p)
    oat = s.med(L(r.choice(OAT), FR))
    dx = s.dx(L(SUD_DX[0], FR) if r.random() < 0.7 else L(r.choice(SUD_DX), FR))
    shel = r.choice(SHELTERS[:6])
    adr = s.soc("Sans adresse fixe – a/s %s" % shel)
    start = s.date.date() + datetime.timedelta(days=1)
    s.subject = r.choice(["Ordonnance – %s" % name, "Rx TAO – début %s" % fdate(start, FR, "dmy"),
                          "Nouvelle ordonnance pour votre patient%s" % e(p)])
    s.t("patient_name")
    nal = s.med("Naloxone nasale 4 mg, 2 trousses (à remettre au patient)") if r.random() < 0.7 else ""
    s.body = ("%s\n\nVeuillez trouver l'ordonnance pour :\n\n%s\n%s – %s\nNAM : %s\nAdresse : %s\n\n"
              "Dx : %s\n\nRx : %s\nDébut : %s, durée 14 jours. Service quotidien, prise observée en pharmacie. "
              "Aucune dose à emporter.\nSi 3 doses consécutives manquées : ne pas servir, aviser la clinique.\n%s\n\n"
              "L'original suit par télécopieur. %s\n\n%s"
              % (hello(r, FR), name, dob, sx, nam, adr, dx, oat, fdate(start, FR, "long"), nal, bye(r, FR),
                 signature(s.frm, FR, r)))
    if r.random() < 0.5:
        pdf = make_pdf("Ordonnance", ["Patient : %s" % name, "DDN : %s   %s" % (dob, sx), "NAM : %s" % p.nam,
                                      "Adresse : %s" % adr, "", oat, "Début : %s – 14 jours" % start.isoformat(),
                                      "Service quotidien observé", nal, "", "Prescripteur : %s" % s.frm.doc(FR),
                                      "No permis : 1-%05d" % r.randint(10000, 99999)],
                       header="Clinique de proximité en itinérance – 1187, rue Saint-Gédéon-Ouest")
        s.atts.append(Att("Rx_%s_%s.pdf" % (p.surname, start.strftime("%Y%m%d")), "application/pdf", pdf))
    return s


def lab(r, w):
    s = new(r, FR, "lab_followup", "suivi de résultats de laboratoire à communiquer à un usager", True, "md",
            ("inf",))
    p = w.patient(r)
    nm_style = r.choice(["upper_comma", "initial_upper", "title", "full", "lower"])
    nm = s.nm(p, nm_style)
    labs, dx, plan_ = r.choice(LAB_THEMES)
    ls = [s.lab(L(x, FR)) for x in labs]
    where = r.choice(SHELTERS[:6])
    s.subject = r.choice(["Résultats – %s" % nm, "Labo %s" % nm, "À revoir : résultats de %s" % nm])
    if r.random() < 0.5:
        body_name = "ce patient" if p.sex == "M" else "cette patiente"
    else:
        body_name = nm
    la = "la" if p.sex == "F" else "le"
    act = r.choice(["Il faudrait %s retrouver cette semaine pour en discuter." % la,
                    "Peux-tu %s voir à la tournée de jeudi ?" % la,
                    "Merci de %s rejoindre rapidement." % la])
    extra = ""
    if r.random() < 0.7:
        extra = " Dernière fois vu%s %s." % (e(p), fr_at(s.soc(where)))
    plan_txt = ""
    if r.random() < 0.8:
        plan_txt = "\n\nImpression : %s. Plan : %s." % (s.dx(dx[0]), s.med(plan_[0].replace("%s", e(p))))
    s.body = ("%s\n\nRésultats reçus ce matin pour %s :\n%s%s\n\n%s%s\n\n%s\n%s"
              % (hello(r, FR, s.tos[0].given), body_name, "\n".join("- " + x for x in ls), plan_txt, act, extra,
                 bye(r, FR), s.frm.doc(FR) if r.random() < 0.5 else signature(s.frm, FR, r)))
    return s


def quick(r, w):
    s = new(r, FR, "quick_note", "note rapide entre collègues après une tournée de rue", True, r.choice(["pair", "inf"]),
            ("inf",))
    p = w.patient(r)
    g = s.nm(p, "given")
    out = r.choice(OUTDOOR)
    sym = s.dx(L(r.choice(SYMPT[4:6] + SYMPT[:1] + SYMPT[2:3]), FR))
    med = s.med(L(r.choice(ANTIPSY[2:] + OTHER_MEDS[:2]), FR).split(" ")[0])
    s.soc(out)
    days = r.randint(2, 9)
    k = r.randint(0, 2)
    if k == 0:
        s.subject = "%s %s." % (p.given, p.surname[0])
        s.t("patient_name")
        s.body = ("Salut,\n\nVu %s ce matin %s. %s. %s dit qu'%s n'a pas pris sa médication (%s) depuis %d jours "
                  "(ses pilules ont été volées).\n\nPeux-tu passer %s cet après-midi ? Je lui ai dit que tu viendrais.\n\n%s"
                  % (g, out, cap(sym), g, il(p), med, days, fr_at(r.choice(SHELTERS[:6])), s.frm.given))
    elif k == 1:
        s.subject = r.choice(["tournée de ce matin", "vu en tournée", "FYI tournée"])
        s.body = ("Allo %s\n\n%s était %s encore (pas au refuge, %s n'y a plus accès depuis la bagarre). "
                  "%s. Plus de médication (%s) depuis %d j. Je pense que ça se dégrade. On en parle au caucus ?\n\n%s"
                  % (s.tos[0].given, g, out, il(p), cap(sym), med, days, s.frm.given))
    else:
        s.subject = "Re: %s" % g
        s.reply = True
        prev = ("Est-ce que quelqu'un a vu %s cette semaine ?\n%s" % (g, s.tos[0].given))
        s.body = ("Oui! %s, %s. %s. Sa médication (%s) est finie depuis %d jours, il faut un renouvellement.\n\n%s\n\n%s"
                  % (cap(out), "pas trop jasant%s" % e(p), cap(sym), med, days,
                     orig_header(FR, s.tos[0], s.date - datetime.timedelta(hours=3), "%s" % g, r), quote(prev)))
    return s


def booking(r, w):
    from gen_docs import make_ics
    s = new(r, FR, "booking", "demande de transport et rendez-vous en clinique pour un usager", True, "ts",
            ("agent",))
    p = w.patient(r)
    name = s.nm(p, r.choice(["full", "title_full", "upper_comma"]))
    tel = s.contact(phone(r))
    clinic, why = r.choice([("Clinique des troubles psychotiques", "suivi premier épisode psychotique"),
                            ("Clinique d'hépatologie", "évaluation pour traitement de l'hépatite C"),
                            ("Clinique de plaies complexes", "ulcère veineux jambe droite"),
                            ("Clinique de psychiatrie externe", "réévaluation trouble bipolaire"),
                            ("Clinique de dépendances", "induction buprénorphine")])
    why = s.dx(why)
    day = (s.date + datetime.timedelta(days=r.randint(3, 14))).replace(hour=r.choice([9, 10, 13, 14]), minute=r.choice([0, 30]),
                                                                         second=0, tzinfo=None)
    shel = s.soc(r.choice(SHELTERS[:6]))
    s.subject = r.choice(["Demande de transport – RV %s" % fdate(day.date(), FR, "dmy"),
                          "Taxi + accompagnement pour %s" % name, "Réservation transport %s" % clinic])
    s.t("patient_name")
    s.body = ("%s\n\nPourrais-tu réserver un taxi (coupon) pour %s ?\nRV : %s à %s, %s (%s)\n"
              "Prise en charge : devant %s, 30 min avant.\nLa personne n'a pas de domicile; le plus simple est de "
              "l'appeler au %s la veille.\nUn pair aidant l'accompagnera.\n\nL'invitation est en pièce jointe "
              "pour ton agenda.\n\n%s\n\n%s"
              % (hello(r, FR, s.tos[0].given), name, fdate(day.date(), FR, "long"), day.strftime("%H h %M"), clinic,
                 why, fr_the(shel), tel, bye(r, FR), signature(s.frm, FR, r)))
    ics = make_ics("rv-%08x@rivsaules.example" % r.getrandbits(32), day, day + datetime.timedelta(hours=1),
                   "RV %s – %s" % (clinic, name), "Hôpital Saint-Mathurin, pavillon B",
                   "Motif : %s. Joindre l'usager au %s. Taxi à confirmer." % (why, tel),
                   (s.frm.full(), s.frm.email), [(s.tos[0].full(), s.tos[0].email)])
    s.atts.append(Att("invitation.ics", "text/calendar", ics))
    return s


def dpj(r, w):
    s = new(r, FR, "youth_protection", "échange avec la DPJ au sujet d'un enfant en hébergement d'urgence", True, "ts",
            ())
    child = w.holder("child")
    mom = w.patient(r, "F", 19, 40)
    s.to = [("Réception des signalements DPJ", "signalements.dpj@%s" % "rivsaules.example")]
    cname = s.nm(child, r.choice(["full", "upper_comma", "comma", "surname_first", "upper_first", "lower"]))
    cdob = fdate(child.dob, FR, r.choice(["iso", "dmy", "long"]))
    csx = sex_txt(child, FR, r)
    cnam = s.nam(child, r.choice(NAM_STYLES), cdob, csx)
    mname = s.nm(mom, r.choice(["full", "upper_comma", "title_full"]))
    soc1 = s.soc("hébergée avec l'enfant à la %s depuis %d jours après avoir quitté le domicile conjugal (violence)"
                 % ("Maison Aube-Claire", r.randint(3, 20)))
    dx = s.dx(r.choice(["consommation active de cocaïne", "rechute d'alcool", "épisode dépressif sévère",
                        "idées suicidaires verbalisées hier soir"]))
    worker = staff(r, "ts")
    s.reply = r.random() < 0.6
    s.subject = ("RE: " if s.reply else "") + r.choice(["Signalement – %s" % cname, "Suivi signalement %s" % cnam,
                                                        "Demande d'information DPJ"])
    s.t("patient_name")
    main = ("%s\n\nComme convenu au téléphone, voici les informations pour le signalement :\n\nEnfant : %s\n"
            "Né(e) le : %s – %s\nNAM : %s\nMère : %s, %d ans\n\nSituation : mère %s. %s. L'enfant n'est pas "
            "scolarisé%s depuis deux semaines.\nNotre équipe (clinique de proximité) reste impliquée.\n\n%s\n\n%s"
            % (hello(r, FR), cname, cdob, csx, cnam, mname, mom.age, soc1, cap(dx), e(child), bye(r, FR),
               signature(s.frm, FR, r)))
    if s.reply:
        prev = ("Bonjour,\nPourriez-vous nous transmettre les renseignements d'identification de l'enfant et la "
                "situation actuelle ? Le dossier est assigné à l'évaluation.\n\n%s\n%s, Application des "
                "mesures – DPJ" % (worker.full(), "Intervenante" if worker.sex == "F" else "Intervenant"))
        main += "\n\n" + orig_header(FR, worker, s.date - datetime.timedelta(days=1), "Demande d'information DPJ", r) \
            + "\n" + quote(prev)
    s.body = main
    return s


def income_form(r, w):
    from gen_docs import make_docx
    s = new(r, FR, "income_support_form", "rapport médical pour une demande d'aide financière de dernier recours", True,
            "md", ("ts",))
    use_holder = r.random() < 0.5
    if use_holder:
        p = w.holder("adult")
        name, dob, sx, nam = nam_block(s, r, p)
    else:
        p = w.patient(r)
        name = s.nm(p, r.choice(["full", "upper_comma"]))
        dob = s.dob(p, r=r)
        sx, nam = "", ""
    sin = s.sin(r)
    dx1, dx2 = s.dx(L(r.choice(PSY_DX), FR)), s.dx(L(r.choice(SUD_DX + MED_DX[:3]), FR))
    soc = s.soc(fmt_soc(r.choice(SOCIAL[:6]), FR, r))
    paras = ["# Identification", "Nom : %s" % name, "Date de naissance : %s %s" % (dob, sx),
             "NAS : %s" % sin] + (["NAM : %s" % nam] if nam else []) + [
        "# Diagnostic(s)", "1. %s" % dx1, "2. %s" % dx2,
        "# Limitations fonctionnelles",
        "Incapacité à maintenir un emploi en raison de symptômes psychotiques persistants et de la désorganisation.",
        "Durée prévisible : plus de 12 mois. Pronostic réservé.",
        "# Situation", soc,
        "Médecin traitant : %s, %s" % (s.frm.doc(FR), s.frm.role_txt(FR))]
    fn = r.choice(["Rapport_medical_contraintes_%s.docx" % p.surname.upper(),
                   "Rapport médical – %s %s.docx" % (p.given, p.surname), "SR-2100_%s.docx" % p.surname])
    s.atts.append(Att(fn, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                      make_docx("Rapport médical – contraintes sévères à l'emploi", paras, s.date)))
    s.subject = r.choice(["Rapport médical – demande de contraintes sévères", "Formulaire aide sociale complété",
                          "Rapport médical signé"])
    s.body = ("%s\n\nCi-joint le rapport médical complété et signé pour la demande de contraintes sévères à l'emploi. "
              "Peux-tu l'acheminer au bureau d'aide financière avec le reste de la demande ? Il manque seulement la "
              "preuve d'identité.\n\n%s\n%s" % (hello(r, FR, s.tos[0].given), bye(r, FR), s.frm.doc(FR)))
    return s
