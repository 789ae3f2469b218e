"""French positive templates, part 2."""
import datetime

from gen_clin import (ANTIPSY, LABS, OTHER_MEDS, PSY_DX, SOCIAL, SUD_DX, SYMPT, L, bye, fmt_soc, hello, new, orig_header, quote)
from gen_common import (cap, OUTDOOR, OVERNIGHT, SHELTER_DOM, SHELTERS, Att, Spec, address, fdate, fmt_nam, fr_at, fr_of,
                        name_form, phone, signature, staff)
from gen_docs import make_csv, make_pdf, make_vcf, make_zip
from gen_mime import inner_eml
from gen_pos_fr import FR, e, il, nam_block


def discharge(r, w):
    s = new(r, FR, "discharge_summary", "résumé de départ d'une unité de psychiatrie vers l'équipe SIM", True, "psy",
            ("inf",), ("ts",))
    hold = r.random() < 0.4
    if hold:
        p = w.holder("adult")
        name, dob, sx, nam = nam_block(s, r, p)
    else:
        p = w.patient(r)
        name = s.nm(p, r.choice(["upper_comma", "full", "title_full"]))
        dob, sx, nam = s.dob(p, r=r), "", ""
    mrn = s.mrn(r)
    dx1 = s.dx(L(r.choice(PSY_DX), FR))
    dx2 = s.dx(L(r.choice(SUD_DX), FR))
    m1 = s.med(L(r.choice(ANTIPSY), FR))
    m2 = s.med(L(r.choice(OTHER_MEDS[:4] + OTHER_MEDS[9:]), FR))
    soc = s.soc(fmt_soc(r.choice([SOCIAL[0], SOCIAL[1], SOCIAL[4], SOCIAL[6]]), FR, r))
    adm = s.date.date() - datetime.timedelta(days=r.randint(9, 40))
    lines = ["Nom : %s" % name, "No de dossier : %s" % mrn, "DDN : %s %s" % (dob, sx)] + \
        (["NAM : %s" % p.nam] if nam else []) + [
        "Admission : %s    Congé : %s" % (adm.isoformat(), s.date.date().isoformat()),
        "# Diagnostics au départ", "Axe principal : %s" % dx1, "Comorbidité : %s" % dx2,
        "# Évolution", "Amélioration des symptômes psychotiques sous traitement; autocritique partielle.",
        "Ordonnance de traitement demandée (refus initial), audience reportée.",
        "# Médication au départ", m1, m2,
        "# Suivi", "Retour : %s" % soc, "Premier RV SIM dans les 72 h; injection suivante au CLSC.",
        "Médecin traitant : %s" % s.frm.doc(FR)]
    s.atts.append(Att(r.choice(["Resume_depart_%s.pdf" % mrn.replace(" ", ""), "RD_%s_%s.pdf" % (p.surname, mrn[-4:]),
                                "Résumé de départ.pdf"]), "application/pdf",
                      make_pdf("Résumé de départ – Psychiatrie, unité 4B", lines,
                               header="Hôpital Saint-Mathurin – Département de psychiatrie")))
    s.subject = r.choice(["Résumé de départ – %s" % name_form(p, FR, "upper_comma"), "Congé 4B – dossier %s" % mrn,
                          "RD pour le suivi SIM"])
    s.t("patient_name")
    s.body = ("%s\n\nVotre usager%s obtient son congé %s. Le résumé de départ est joint. %s retourne %s "
              "en attendant une place en hébergement. Pouvez-vous assurer la prise en charge dans les 72 heures ?\n\n"
              "%s\n\n%s" % (hello(r, FR), "e" if p.sex == "F" else "", r.choice(["aujourd'hui", "demain matin"]),
                            cap(il(p)), fr_at(r.choice(SHELTERS[:5])), bye(r, FR), signature(s.frm, FR, r)))
    return s


def forward_eml(r, w):
    s = new(r, FR, "forward", "transfert d'un courriel d'un refuge inquiet pour un résident", True, "chef",
            ("crise", "inf"))
    p = w.patient(r)
    shel = r.choice(OVERNIGHT)
    worker_mail = "intervention@%s.example" % SHELTER_DOM[shel]
    inner = Spec(FR, "x", "", True)
    inner.sender = (r.choice(["Équipe de nuit", "Intervention de nuit", "Intervenants – nuit"]), worker_mail)
    inner.to = [("Clinique de proximité", "cpi@rivsaules.example")]
    inner.date = s.date - datetime.timedelta(hours=r.randint(2, 20))
    nm = s.nm(p, r.choice(["full", "upper_comma", "given", "lower"]))
    sym = s.dx(L(r.choice(SYMPT[:4] + SYMPT[7:]), FR))
    soc = s.soc(r.choice(["Il/elle a perdu sa place en logement transitoire la semaine dernière",
                          "Son chèque d'aide sociale a été volé",
                          "Une ordonnance de ne pas se présenter au refuge voisin a été émise",
                          "Elle/il dit que son ex l'attend à la sortie du refuge"]).replace(
        "Il/elle", cap(il(p))).replace("Elle/il", cap(il(p))))
    tel = ""
    if r.random() < 0.6:
        tel = s.contact(" Son cell : %s." % phone(r))
    inner.subject = "Inquiétude pour un résident" if r.random() < 0.5 else "Inquiétude – %s" % nm
    inner.body = ("Bonjour,\n\nNous sommes inquiets pour %s (lit %d). Depuis trois jours : %s. %s.%s\n\n"
                  "Nous ne pouvons pas le/la garder en journée. Est-ce qu'un intervenant peut passer ?\n\n"
                  "Équipe de nuit, %s" % (nm, r.randint(1, 40), sym, soc, tel, shel)).replace(
        "le/la", "la" if p.sex == "F" else "le")
    inner.structure = "plain"
    data = inner_eml(inner, r)
    s.atts.append(Att("%s.eml" % inner.subject.replace(":", ""), "message/rfc822", data))
    s.subject = "TR: " + r.choice(["courriel du refuge", inner.subject, "à voir SVP"])
    s.body = ("%s\n\nPour suite – voir le courriel ci-joint reçu %s. Pouvez-vous voir avec l'EMC si une visite "
              "est possible aujourd'hui ?\n\n%s\n%s" % (hello(r, FR), fr_of(shel), bye(r, FR), s.frm.full()))
    return s


def housing(r, w):
    s = new(r, FR, "housing_application", "demande de logement subventionné (Logement d'abord) pour un usager", True,
            "ts", ("ts",))
    p = w.patient(r)
    name = s.nm(p, "full")
    dob = s.dob(p, style="iso")
    sin = s.sin(r)
    soc1 = s.soc("aide sociale %d $/mois" % r.choice([770, 807, 1138]))
    soc2 = s.soc(fmt_soc(r.choice(SOCIAL[:3] + [SOCIAL[4]]), FR, r))
    dx = s.dx(L(r.choice(PSY_DX), FR))
    rows = [("Champ", "Valeur"), ("Nom", p.surname), ("Prénom", p.given), ("Date de naissance", dob),
            ("NAS", sin), ("Revenu", soc1), ("Historique", soc2), ("Santé", dx),
            ("Intervenant", s.frm.full()), ("Programme", "Logement d'abord – volet SIV")]
    if r.random() < 0.5:
        sep = r.choice([",", ";"])
        s.atts.append(Att("demande_LDA_%s%s.csv" % (p.given[0], p.surname[0]), "text/csv",
                          make_csv(rows, delimiter=sep)))
        s.body = ("%s\n\nVoici la fiche de demande pour le programme Logement d'abord (CSV à importer dans le "
                  "registre). Le comité d'attribution se réunit le %s.\n\n%s\n\n%s"
                  % (hello(r, FR, s.tos[0].given), fdate(s.date.date() + datetime.timedelta(days=6), FR, "long"),
                     bye(r, FR), signature(s.frm, FR, r)))
    else:
        s.body = ("%s\n\nDemande pour Logement d'abord :\n\n%s\n\nÀ présenter au prochain comité d'attribution. "
                  "%s\n\n%s" % (hello(r, FR, s.tos[0].given),
                                "\n".join("%s : %s" % x for x in rows[1:]), bye(r, FR), signature(s.frm, FR, r)))
    s.subject = r.choice(["Demande Logement d'abord – %s" % name, "Fiche LDA", "Demande de logement – %s" %
                          name_form(p, FR, "upper_comma")])
    return s


def imaging_tb(r, w):
    s = new(r, FR, "imaging_followup", "suivi d'une radiographie pulmonaire anormale dépistée au refuge", True, "md",
            ("inf",), ("md",))
    p = w.patient(r)
    nm = s.nm(p, r.choice(["upper_comma", "full", "surname_first"]))
    mrn = s.mrn(r)
    res = s.lab(r.choice(["opacité apicale droite avec cavitation de 2 cm", "infiltrat réticulo-nodulaire apical "
                          "bilatéral", "adénopathie hilaire gauche, petit épanchement"]))
    s.dx("tuberculose pulmonaire à éliminer")
    shel = r.choice(OVERNIGHT)
    s.soc("dort %s (dortoir de 30 lits)" % fr_at(shel))
    s.subject = r.choice(["Rx pulm anormale – %s" % nm, "URGENT – dépistage TB refuge", "Résultat RX – dossier %s" % mrn])
    s.t("patient_name")
    s.body = ("%s\n\nLa radiographie pulmonaire faite à la clinique mobile le %s pour %s (dossier %s) montre : %s.\n"
              "Tuberculose pulmonaire à éliminer. Il faut 3 expectorations BAAR et un isolement respiratoire.\n\n"
              "La personne dort au dortoir %s. J'ai avisé la Santé publique (enquête de contacts). "
              "Peux-tu la retrouver aujourd'hui et l'orienter à l'urgence avec un masque N95 ?\n\n%s\n%s"
              % (hello(r, FR), fdate(s.date.date() - datetime.timedelta(days=2), FR, "dmy"), nm, mrn, res,
                 fr_of(shel), bye(r, FR), s.frm.doc(FR)))
    return s


def overdose(r, w):
    s = new(r, FR, "overdose_followup", "liaison urgence–clinique de proximité après une surdose", True, "inf",
            ("inf", "pair"))
    hold = r.random() < 0.35
    if hold:
        p = w.holder("adult")
        name, dob, sx, nam = nam_block(s, r, p)
        ident = "%s (%s, %s, NAM %s)" % (name, dob, sx, nam)
    else:
        p = w.patient(r)
        name = s.nm(p, r.choice(["full", "upper_comma", "title_full", "lower"]))
        dob = s.dob(p, r=r)
        ident = "%s, DDN %s" % (name, dob)
    n = r.randint(1, 3)
    s.dx("surdose d'opioïdes")
    s.med("naloxone")
    uds = s.lab(L(LABS[5], FR))
    out = s.soc(r.choice(OUTDOOR))
    tel = s.contact(phone(r)) if r.random() < 0.6 else None
    s.subject = r.choice(["Liaison – surdose hier soir", "Suivi post-surdose %s" % name, "Surdose – à relancer"])
    s.t("patient_name")
    s.body = ("%s\n\nPour votre suivi : %s amené%s par ambulance à 23 h 40, surdose d'opioïdes "
              "(fentanyl probable), %d dose%s de naloxone IN par les ambulanciers. %s.\n"
              "Congé contre avis médical à 4 h. Dit dormir %s. %s\n\nRemis : trousse de naloxone, "
              "liste des sites de consommation supervisée. Pourriez-vous faire une relance dans les 48 h ?\n\n%s\n\n%s"
              % (hello(r, FR), ident, e(p), n, "s" if n > 1 else "", cap(uds), out,
                 ("Cell. : %s" % tel) if tel else "Pas de téléphone.", bye(r, FR), signature(s.frm, FR, r)))
    return s


def nir_insurance(r, w):
    s = new(r, FR, "insurance", "coordination d'assurance pour un usager français sans couverture RAMQ", True, "ts",
            ("agent",))
    p = w.patient(r, amin=22, amax=34)
    name = s.nm(p, r.choice(["full", "upper_first", "title_full"]))
    dob = s.dob(p, r=r)
    nir = s.nir(r, p)
    dx = s.dx(L(r.choice(PSY_DX[2:4] + PSY_DX[6:]), FR))
    soc = s.soc(r.choice(["permis vacances-travail expiré, a perdu son emploi en restauration, dort au refuge",
                          "arrivé%s il y a 8 mois, sans statut, hébergé%s chez des connaissances" % (e(p), e(p)),
                          "sans revenu ni couverture RAMQ, dort dans sa voiture"]))
    s.subject = r.choice(["Couverture – usager français (NIR)", "Entente France-Québec – %s" % name,
                          "Facturation hospitalisation – ressortissant français"])
    s.t("patient_name")
    s.body = ("%s\n\nPour la facturation de l'hospitalisation et les démarches avec la caisse française :\n\n"
              "%s, né%s le %s en France\nNIR : %s\nMotif d'hospitalisation : %s\nSituation : %s.\n\n"
              "Pourrais-tu vérifier si le formulaire d'entente de sécurité sociale (SE 401-Q-fictif) peut s'appliquer ? "
              "Sinon, on va devoir passer par le programme humanitaire.\n\n%s\n\n%s"
              % (hello(r, FR, s.tos[0].given), name, e(p), dob, nir, dx, soc, bye(r, FR), signature(s.frm, FR, r)))
    return s


def niss_repat(r, w):
    s = new(r, FR, "repatriation", "rapatriement d'un voyageur belge hospitalisé en psychiatrie", True, "psy",
            ("ts",))
    p = w.patient(r, amin=20, amax=45)
    s.to = [("Assistance voyage – dossier médical", "medical@assistance-brabant.example")]
    s.cc = [(s.tos[0].full(), s.tos[0].email)]
    name = s.nm(p, r.choice(["upper_comma", "full", "upper_first"]))
    dob = s.dob(p, r=r)
    niss = s.niss(r, p)
    dx = s.dx(L(r.choice(PSY_DX[:4] + PSY_DX[7:]), FR))
    med = s.med(L(r.choice(ANTIPSY[2:] + OTHER_MEDS[:1]), FR))
    soc = s.soc("trouvé%s sans effets personnels ni passeport %s" % (e(p), r.choice(OUTDOOR)))
    s.subject = r.choice(["Rapatriement – %s" % name, "Dossier assistance – ressortissant belge",
                          "Demande de rapatriement sanitaire"])
    s.t("patient_name")
    s.body = ("Madame, Monsieur,\n\nNous hospitalisons depuis le %s votre assuré%s :\n%s, né%s le %s\n"
              "Numéro de registre national (NISS) : %s\n\nDiagnostic : %s. %s. Traitement en cours : %s.\n"
              "État compatible avec un rapatriement accompagné (infirmier) d'ici environ 7 jours.\n\n"
              "Merci de nous confirmer la prise en charge.\n\n%s"
              % (fdate(s.date.date() - datetime.timedelta(days=r.randint(3, 12)), FR, "long"), e(p), name, e(p), dob,
                 niss, dx, cap(soc), med, signature(s.frm, FR, r)))
    return s


def vcard(r, w):
    s = new(r, FR, "contact_card", "fiche contact d'un usager suivi par l'équipe de crise", True, "crise", ("crise",))
    p = w.patient(r)
    tel = s.contact(phone(r))
    adr = None
    if r.random() < 0.5:
        adr = s.contact(address(r, FR).split(", Montréal")[0])
    note = s.dx(r.choice(["Suivi EMC post-crise – risque suicidaire, appeler tous les jours avant 10 h",
                          "Relance EMC : décompensation psychotique, refuse l'urgence, appeler la sœur si pas de réponse",
                          "Suivi de crise – idées suicidaires, plan de sécurité en place"]))
    s.t("patient_name")
    s.atts.append(Att("%s %s.vcf" % (p.given, p.surname), r.choice(["text/vcard", "text/x-vcard"]),
                      make_vcf(p.given, p.surname, ("CELL", tel), adr=adr, note=note)))
    s.subject = r.choice(["Contact pour les relances", "Coordonnées – %s" % p.given, "fiche contact"])
    s.body = ("%s\n\nVoici la fiche contact de %s pour les relances de la fin de semaine. "
              "À appeler avant 10 h, sinon ça ne répond plus.\n\n%s" % (hello(r, FR, s.tos[0].given),
                                                                     p.given if r.random() < 0.5 else "l'usager",
                                                                     s.frm.given))
    return s


def curatelle_zip(r, w):
    s = new(r, FR, "scanned_docs", "documents numérisés pour une évaluation d'inaptitude et ouverture de régime",
            True, "ts", ("ts",), ("md",))
    p = w.holder("senior")
    name, dob, sx, nam = nam_block(s, r, p)
    dx = s.dx(r.choice(["trouble neurocognitif majeur probable (MoCA 14/30)", "syndrome de Korsakoff",
                        "démence frontotemporale suspectée"]))
    soc = s.soc(r.choice(["vit à la rue depuis la vente de sa maison, exploitation financière par un neveu",
                          "expulsé%s de sa résidence privée pour personnes âgées, dort à la halte-chaleur" % e(p),
                          "fraude bancaire, comptes vidés, aucun proche"]))
    ev = make_pdf("Évaluation psychosociale – ouverture de régime de protection",
                  ["Personne : %s" % name, "DDN : %s    %s" % (dob, sx), "NAM : %s" % fmt_nam(p.nam, "spaced"), "# Motif", dx,
                   "# Situation", soc, "# Recommandation", "Curatelle à la personne et aux biens."])
    letter = ("Objet : signalement au Curateur public\n\nPersonne concernée : %s, née le %s\n%s\n\n%s\n"
              % (name, dob, dx, soc)).replace("née", "né" + e(p)).encode("utf-8")
    zipname = r.choice(["Dossier_%s.zip" % p.surname.upper(), "scans_%s.zip" % s.date.strftime("%Y%m%d"),
                        "Documents_regime_protection.zip"])
    s.atts.append(Att(zipname, "application/zip",
                      make_zip([("evaluation_psychosociale.pdf", ev), ("lettre_curateur.txt", letter)], s.date)))
    s.subject = r.choice(["Documents – régime de protection", "Scans pour la demande au Curateur", "TR: scans"])
    s.body = ("%s\n\nLes documents numérisés sont dans le fichier zip (évaluation psychosociale et lettre). "
              "Le médecin doit compléter son évaluation médicale d'ici vendredi.\n\n%s\n\n%s"
              % (hello(r, FR, s.tos[0].given), bye(r, FR), signature(s.frm, FR, r)))
    return s


def consult_reply(r, w):
    s = new(r, FR, "consult_reply", "réponse d'un psychiatre à une question de suivi sur la clozapine", True, "psy",
            ("inf",))
    p = w.patient(r)
    nm = s.nm(p, r.choice(["title", "upper_comma", "initial_upper", "full"]))
    lab = s.lab(L(LABS[4], FR) if r.random() < 0.5 else L(LABS[3], FR))
    s.med("clozapine" if "clozapine" in lab else "lithium")
    s.dx(L(PSY_DX[0], FR) if r.random() < 0.5 else "schizophrénie résistante")
    s.reply = True
    q_date = s.date - datetime.timedelta(hours=r.randint(2, 30))
    s.subject = "RE: %s – %s" % (r.choice(["question", "résultats", "suivi"]), nm)
    orig = ("Bonjour Docteur,\n\n%s (schizophrénie résistante) a eu sa prise de sang hier au refuge : %s. "
            "%s est plus fatigué%s. Est-ce qu'on poursuit la même dose ?\n\n%s" % (
                nm, lab, cap(il(p)), e(p), s.tos[0].full()))
    ans = r.choice(["On maintient la dose pour l'instant, mais contrôle dans 72 h. Si ça baisse encore, on arrête et "
                    "on l'envoie à l'urgence.", "Diminuez de 25 % et refaites le dosage dans 5 jours. "
                    "Vérifiez aussi l'hydratation et la consommation d'alcool.",
                    "Je vais la/le voir jeudi à la clinique. D'ici là, même dose, et appelez-moi si fièvre ou "
                    "mal de gorge."]).replace("la/le", "la" if p.sex == "F" else "le")
    s.body = "%s\n\n%s\n\n%s\n\n%s\n%s" % (hello(r, FR, s.tos[0].given), ans, s.frm.doc(FR),
                                           orig_header(FR, s.tos[0], q_date, s.subject[4:], r), quote(orig))
    return s


def lab_filename(r, w):
    s = new(r, FR, "lab_attachment", "résultats de laboratoire en pièce jointe nommée au nom de l'usager", True, "agent",
            ("inf",))
    p = w.patient(r)
    s.t("patient_name")
    fn = r.choice(["Resultats_labo_%s_%s.pdf" % (p.surname.upper(), p.given),
                   "%s %s - résultats %s.pdf" % (p.surname, p.given, s.date.strftime("%Y-%m-%d")),
                   "Labo_%s%s_%s.pdf" % (p.given[0], p.surname, s.date.strftime("%d%m"))])
    labs = [s.lab(L(x, FR)) for x in r.sample(LABS, 3)]
    pdf = make_pdf("Rapport de laboratoire", ["Prélèvement : %s  (clinique mobile)" % s.date.date().isoformat(),
                                              "Prescripteur : %s" % staff(r, "md").doc(FR), "# Résultats"] + labs +
                   ["", "Valeurs critiques communiquées au prescripteur."],
                   header="Laboratoire OPTILAB fictif – Hôpital Saint-Mathurin")
    s.atts.append(Att(fn, "application/pdf", pdf))
    s.subject = r.choice(["Résultats demandés", "Labo", "TR: résultats", "Résultats pour la tournée"])
    s.body = ("%s\n\nVoici les résultats demandés (reçus par télécopieur ce matin).\n\n%s\n%s, %s"
              % (hello(r, FR), bye(r, FR), s.frm.full(), s.frm.role_txt(FR)))
    return s
