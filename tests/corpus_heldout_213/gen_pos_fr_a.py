"""Positive (confidential) French messages, part A."""
from gen_common import (date_fr, mrn_str, nam_str, name_as, shift, pick)
from gen_tpl import spec, quote, reply_header, att_pdf, att_xlsx, att_csv, list_addr, dt


def _t(p):
    return "Mme" if p["sex"] == "F" else "M."


def _ne(p):
    return "née" if p["sex"] == "F" else "né"


def _e(p):
    return "e" if p["sex"] == "F" else ""


def crossmatch(w, k):
    rng = w.rng
    p = w.nam_patient(age_min=40) if k != 1 else w.patient(age_lo=45, age_hi=88)
    anest = w.staff("anesth")
    tm = w.staff("tm_chef", hospital=p["hosp"])
    proc = pick(rng, ["arthroplastie totale de la hanche droite", "colectomie droite (adénocarcinome du côlon)",
                      "remplacement valvulaire aortique", "hystérectomie pour fibromes utérins",
                      "arthroplastie totale du genou gauche"])
    hb = rng.randint(96, 128)
    ferr = rng.randint(9, 60)
    surg = shift(w.today, rng.randint(3, 12))
    T = {"patient_name", "date_of_birth", "lab_result", "diagnosis", "medication"}
    if p["nam"]:
        ident = f"NAM {nam_str(p, 'wide' if k == 2 else pick(rng, ['plain', 'space']))}"
        T.add("ramq_nam")
    else:
        ident = f"dossier {mrn_str(p, 'space')}"
        T.add("mrn")
    nm = name_as(p, "title_full_fr" if k == 0 else pick(rng, ["upper_first", "sur_first"]))
    anticoag = pick(rng, ["apixaban (Eliquis) 5 mg BID, cessé 48 h avant", "warfarine, relais prévu avec daltéparine",
                          "rivaroxaban 20 mg DIE, arrêt 72 h avant"])
    text = (f"Bonjour {tm.given},\n\n"
            f"Pourriez-vous préparer 2 culots globulaires compatibles pour {nm} ({ident}), "
            f"{_ne(p)} le {date_fr(p['dob'], k % 3)}, sexe {p['sex']}, prévue au bloc le {date_fr(surg, 2)} "
            f"pour {proc}.\n\n"
            f"Hb préop : {hb} g/L, ferritine {ferr} µg/L. Groupe {p['abo']} au dossier.\n"
            f"Anticoagulant : {anticoag}.\n"
            f"Acide tranexamique prévu en peropératoire.\n\n"
            "Le G&D sera prélevé à la clinique préop demain matin. Merci de me confirmer si une "
            "épreuve croisée complète est nécessaire (antécédent d'anti-E rapporté dans un autre centre).\n\n"
            f"{anest.signature('fr', rng)}")
    subj = pick(rng, [f"Compatibilité 2 CG - {p['surname'].upper()} - bloc {date_fr(surg, 1)}",
                      f"Demande de sang préop {date_fr(surg, 1)}",
                      f"Épreuve croisée pour {_t(p)} {p['surname']}"])
    return spec("crossmatch", "fr", anest.addr(), [tm.addr(), list_addr("banquedesang." + p["hosp"]["code"].lower())],
                subj, text=text, types=T, note="preoperative crossmatch request", nams=[p] if p["nam"] else [])


def antibody_card(w, k):
    rng = w.rng
    p = w.nam_patient(age_min=20)
    cst = w.staff("cst", hospital=p["hosp"])
    commis = w.staff("commis", hospital=p["hosp"])
    ab = pick(rng, ["anti-K (Kell)", "anti-E", "anti-Jka (Kidd)", "anti-Fya (Duffy)", "anti-c et anti-E"])
    when = shift(w.today, -rng.randint(5, 30))
    lines = [f"{p['hosp']['fr']} — Banque de sang", "", f"{date_fr(w.today, 2)}", "",
             f"{_t(p)} {p['given']} {p['surname']}", p["street"], f"{p['city']} (Québec) {p['postal']}", "",
             "Objet : présence d'anticorps irréguliers", "",
             f"{'Madame' if p['sex'] == 'F' else 'Monsieur'},",
             f"Lors de votre hospitalisation du {date_fr(when, 2)}, nos analyses ont révélé la présence d'un",
             f"anticorps {ab} dans votre sang. Cet anticorps ne cause pas de symptôme, mais il doit être",
             "connu de tout hôpital qui pourrait vous transfuser. Veuillez garder la carte ci-jointe",
             "dans votre portefeuille et la présenter lors de toute admission ou grossesse.", "",
             "## Carte d'anticorps", f"Nom : {p['surname'].upper()}, {p['given']}",
             f"Date de naissance : {date_fr(p['dob'], 0)}   Sexe : {p['sex']}",
             f"NAM : {nam_str(p, 'space')}", f"Anticorps : {ab}   Groupe : {p['abo']}",
             f"Dossier {p['hosp']['code']} : {p['mrn']}", "",
             f"{cst.full}, {cst.role_fr}"]
    fname = pick(rng, [f"Lettre_anticorps_{p['surname']}_{p['given']}.pdf",
                       f"carte anticorps {p['surname'].lower()}.pdf",
                       f"lettre-patient-{p['mrn']}.pdf"])
    text = (f"Bonjour {commis.given},\n\n"
            "Voici la lettre et la carte d'anticorps à poster aujourd'hui (enveloppe à fenêtre, "
            "l'adresse est déjà dans le document). Copie à numériser au dossier.\n\n"
            f"Merci!\n{cst.signature('fr', rng, short=True)}")
    T = {"patient_name", "patient_contact", "date_of_birth", "ramq_nam", "lab_result", "mrn"}
    return spec("antibody_letter", "fr", cst.addr(), [commis.addr()],
                pick(rng, ["Lettre anticorps à poster", "Carte d'anticorps - envoi postal", "À poster SVP"]),
                text=text, atts=[att_pdf(fname, "Avis de présence d'anticorps irréguliers", lines,
                                         author=cst.full)],
                types=T, note="antibody card letter to patient, PDF", nams=[p])


def reaction_report(w, k):
    rng = w.rng
    p = w.nam_patient(age_min=30) if k != 2 else w.patient(age_lo=50, age_hi=92)
    inf = w.staff("inf", hospital=p["hosp"])
    cst = w.staff("cst", hospital=p["hosp"])
    kind = k % 3
    t0 = rng.randint(36, 37) + rng.randint(0, 9) / 10
    unit = f"C{rng.randint(1000, 9999)} 25 {rng.randint(100000, 999999)}"
    if kind == 0:
        sx = f"frissons et T° {t0 + 1.6:.1f} °C (base {t0:.1f}) à 40 min du début du 2e culot"
        tx = "Transfusion arrêtée. Acétaminophène 650 mg PO donné. Hémocultures faites."
        dx = "réaction fébrile non hémolytique probable"
    elif kind == 1:
        sx = "urticaire au thorax et prurit à 15 min du début d'une unité de plaquettes"
        tx = "Arrêt, diphénhydramine (Benadryl) 25 mg IV, résolution en 30 min."
        dx = "réaction allergique mineure"
    else:
        sx = f"dyspnée, SpO2 {rng.randint(84, 89)} % AA, TA {rng.randint(165, 190)}/{rng.randint(88, 104)}, crépitants bilatéraux"
        tx = "Furosémide 40 mg IV, O2 4 L, amélioration en 2 h. RX poumons : œdème interstitiel."
        dx = "TACO (surcharge volémique) à confirmer"
    T = {"patient_name", "diagnosis", "medication", "lab_result"}
    if p["nam"]:
        idl = f"NAM : {nam_str(p, pick(rng, ['plain', 'dot', 'hyphen']))}\nDDN : {date_fr(p['dob'], 1)}  Sexe : {p['sex']}"
        T |= {"ramq_nam", "date_of_birth"}
    else:
        idl = f"No dossier : {mrn_str(p, 'hyphen')}"
        T.add("mrn")
    nm = name_as(p, pick(rng, ["upper_first", "sur_given", "full"]))
    if not p["nam"]:
        nm = f"lit {rng.randint(1, 30)}"
        T.discard("patient_name")
    text = (f"Bonjour {cst.given},\n\nDéclaration d'une réaction transfusionnelle cette nuit, unité "
            f"{rng.choice(['4B', '5A', '3 Nord', 'soins intensifs'])}.\n\n"
            f"Patient(e) : {nm}\n{idl}\n"
            f"Unité en cause : {unit} ({p['abo']})\n\n"
            f"Signes : {sx}.\n{tx}\n"
            f"TDA post-transfusion : {'négatif' if kind != 2 else 'négatif'}; Hb {rng.randint(68, 92)} g/L.\n"
            f"Impression : {dx}.\n\n"
            "Le sac et la tubulure sont redescendus à la banque de sang. Formulaire papier suit par courrier interne.\n\n"
            f"{inf.signature('fr', rng)}")
    subj = pick(rng, ["Déclaration réaction transfusionnelle", f"Réaction transfusionnelle - ch. {rng.randint(301, 560)}",
                      "RT cette nuit - à investiguer"])
    return spec("transfusion_reaction", "fr", inf.addr(), [cst.addr()], subj, text=text, types=T,
                note="transfusion reaction report to safety officer", nams=[p] if p["nam"] else [])


def pbm_referral(w, k):
    rng = w.rng
    p = w.nam_patient(age_min=35)
    md = w.staff("md")
    pivot = w.staff("inf_pbm", hospital=p["hosp"])
    hb, ferr, sat = rng.randint(88, 114), rng.randint(4, 22), rng.randint(5, 14)
    surg = pick(rng, ["prothèse totale du genou", "chirurgie colorectale", "cystectomie radicale", "PTH révision"])
    T = {"patient_name", "ramq_nam", "date_of_birth", "lab_result", "diagnosis", "medication", "patient_contact"}
    style = pick(rng, ["lower", "full", "upper_first"])
    body = (f"Bonjour,\n\nJe vous réfère {name_as(p, style)} ({_ne(p)} le {date_fr(p['dob'], 2)}, "
            f"NAM {nam_str(p, pick(rng, ['space', 'plain', 'slash']))}) pour optimisation préopératoire avant {surg} "
            f"prévue dans environ {rng.randint(4, 8)} semaines.\n\n"
            f"Hb {hb} g/L, VGM {rng.randint(68, 79)} fL, ferritine {ferr} µg/L, saturation {sat} %.\n"
            f"Anémie ferriprive probablement d'origine digestive; coloscopie demandée.\n"
            f"Intolérance au sulfate ferreux (constipation). Je suggère fer IV "
            f"{pick(rng, ['Monoferric 1000 mg', 'Venofer 200 mg x 5', 'Monoferric 20 mg/kg'])}.\n\n"
            f"{'La patiente' if p['sex'] == 'F' else 'Le patient'} préfère être joint{_e(p)} sur son cellulaire : {p['phone']}.\n\n"
            f"Merci,\n{md.signature('fr', rng)}")
    return spec("pbm_referral", "fr", md.addr(), [pivot.addr()],
                pick(rng, ["Référence clinique d'optimisation préop", "Réf. gestion du sang - anémie préop",
                           "Nouvelle référence PBM"]),
                text=body, types=T, note="referral to preoperative anemia clinic", nams=[p])


def census_list(w, k):
    rng = w.rng
    tm = w.staff("tm_chef")
    hemato = w.staff("hemato")
    rows = [["Ch.", "Nom", "Dossier", "Groupe", "Problème / consigne"]]
    probs = [("anti-K, CG K- seulement", {"lab_result"}), ("TDA+ IgG, AHAI chaude suivie", {"lab_result", "diagnosis"}),
             ("drépanocytose, CG phénotypés C,E,K-", {"diagnosis"}),
             ("TCTH allogénique J+12, produits irradiés", {"diagnosis"}), ("anti-Jka historique (2019)", {"lab_result"}),
             ("PTI, IgIV prévue", {"diagnosis", "medication"}), ("hémorragie digestive, 4 CG depuis hier", {"diagnosis"}),
             ("refus transfusion (convictions), PBM", set()), ("SMD, dépendant transf. q2sem", {"diagnosis"})]
    T = {"patient_name", "mrn", "lab_result"}
    pats = [w.patient() for _ in range(rng.randint(5, 7))]
    for pt in pats:
        pr, tt = pick(rng, probs)
        T |= tt
        rows.append([str(rng.randint(301, 620)), name_as(pt, pick(rng, ["upper_first", "sur_given"])),
                     mrn_str(pt, pick(rng, ["plain", "space"])), pt["abo"], pr])
    if k == 0:
        table = "\n".join(" | ".join(r) for r in rows)
        text = (f"Bonjour,\n\nListe de suivi banque de sang pour la fin de semaine :\n\n{table}\n\n"
                f"Avisez la garde d'hémato ({hemato.dr('fr')}) pour toute demande urgente chez ces patients.\n\n"
                f"{tm.signature('fr', rng)}")
        atts = []
    elif k == 1:
        text = (f"Bonjour,\n\nCi-joint la liste de suivi à jour (onglet « Semaine »). "
                f"{hemato.dr('fr')} est de garde.\n\n{tm.signature('fr', rng)}")
        atts = [att_xlsx(f"suivi_banque_sang_{w.today:%Y%m%d}.xlsx", [("Semaine", rows)], author=tm.full)]
    else:
        text = f"Liste pour la relève de soir en pièce jointe.\n\n{tm.signature('fr', rng, short=True)}"
        atts = [att_csv(f"releve_{w.today:%Y-%m-%d}.csv", rows, delimiter=";", bom=True)]
    return spec("signout_list", "fr", tm.addr(), [list_addr("tm.banquedesang", "TM Banque de sang")],
                pick(rng, ["Liste de suivi BDS", "Relève banque de sang", "Patients à surveiller - fin de semaine"]),
                text=text, atts=atts, types=T, note="blood bank census / sign-out roster")


def transfer_products(w, k):
    rng = w.rng
    p = w.nam_patient(age_min=25)
    src = w.staff("inf", hospital=p["hosp"])
    tm = w.staff("tm")
    dx = pick(rng, ["hémorragie digestive haute sur ulcère", "fracture du bassin, polytraumatisme",
                    "leucémie aiguë myéloïde en induction", "rupture de grossesse ectopique"])
    T = {"patient_name", "ramq_nam", "date_of_birth", "diagnosis", "lab_result"}
    text = (f"Bonjour,\n\nTransfert ce soir vers le {pick(rng, ['CHMV', 'Hôpital Sainte-Odile', 'Lac-Argenté'])} "
            f"par ambulance, départ prévu vers {rng.randint(18, 22)} h.\n\n"
            f"{name_as(p, 'upper_first')} — DDN {date_fr(p['dob'], 0)} — sexe {p['sex']}\n"
            f"NAM {nam_str(p, pick(rng, ['space', 'odd', 'hyphen']))}\n"
            f"Dx : {dx}\n"
            f"Dernière Hb {rng.randint(62, 79)} g/L, plaquettes {rng.randint(18, 140)} x 10^9/L, INR {rng.randint(10, 19) / 10}\n\n"
            f"On demande 2 CG {p['abo']} en glacière validée qui accompagneront le patient; "
            "la feuille de traçabilité est dans la glacière. Merci de nous retourner la partie B signée.\n\n"
            f"{src.signature('fr', rng)}")
    return spec("transfer", "fr", src.addr(), [tm.addr()], pick(rng, ["Transfert interhospitalier + produits",
                                                                   "Glacière pour transfert ce soir"]),
                text=text, types=T, note="interhospital transfer with blood products", nams=[p])


def rhig(w, k):
    rng = w.rng
    p = w.nam_patient(age_min=20, age_max=49, sex="F")
    obst = w.staff("obst", sex="F")
    tm = w.staff("tm", hospital=p["hosp"])
    sa = rng.randint(26, 30)
    T = {"patient_name", "ramq_nam", "date_of_birth", "lab_result", "medication"}
    note_extra = ""
    if k == 1:
        note_extra = "Saignement vaginal à 12 SA, une dose de 600 UI avait été donnée à l'urgence.\n"
        T.add("diagnosis")
    text = (f"Bonjour,\n\n{name_as(p, pick(rng, ['title_full_fr', 'full']))}, G{rng.randint(1, 4)}P{rng.randint(0, 2)}, "
            f"{sa} SA, groupe {pick(rng, ['O', 'A', 'B'])} Rh négatif, dépistage d'anticorps négatif le {date_fr(shift(w.today, -3), 1)}.\n"
            f"DDN : {date_fr(p['dob'], 1)} — NAM : {nam_str(p, pick(rng, ['plain', 'wide', 'space']))}\n"
            f"{note_extra}"
            f"Merci de préparer WinRho SDF 1500 UI (300 µg) IM pour sa visite de {pick(rng, ['mardi', 'jeudi', 'lundi'])} "
            "à la clinique de grossesse.\n\n"
            f"{obst.signature('fr', rng)}")
    return spec("rhig", "fr", obst.addr(), [tm.addr()], pick(rng, ["Ig anti-D 28 sem.", "WinRho - clinique de grossesse",
                                                                  "Demande RhIG prénatale"]),
                text=text, types=T, note="prenatal Rh immune globulin request", nams=[p])


def youth_protection(w, k):
    rng = w.rng
    p = w.nam_patient(age_max=16) if k != 2 else w.patient(age_lo=4, age_hi=14)
    hemato = w.staff("hemato")
    ts = w.staff("ts", hospital=p["hosp"])
    T = {"patient_name", "date_of_birth", "diagnosis", "lab_result", "social_information"}
    if p["nam"]:
        ident = f"NAM {nam_str(p, pick(rng, ['space', 'plain']))}"
        T.add("ramq_nam")
    else:
        ident = f"dossier {mrn_str(p, 'plain')}"
        T.add("mrn")
    dx = pick(rng, ["leucémie lymphoblastique aiguë", "aplasie médullaire", "anémie hémolytique sévère"])
    text = (f"Bonjour {ts.given},\n\nComme discuté au téléphone : {p['given']} {p['surname']} "
            f"({_ne(p)} le {date_fr(p['dob'], 2)}, {ident}), hospitalisé{_e(p)} en pédiatrie pour {dx}. "
            f"Hb ce matin {rng.randint(48, 62)} g/L, plaquettes {rng.randint(5, 19)}.\n\n"
            "Les parents refusent toute transfusion pour motifs religieux. L'équipe juge la transfusion "
            "urgente et nécessaire. Un signalement a été fait à la DPJ ce matin "
            f"(intervenante : {pick(rng, ['Mme', 'M.'])} {pick(rng, ['Lacroix', 'Dupuis', 'Hamel'])}); nous demandons aussi une "
            "autorisation de soins au tribunal.\n\nPeux-tu coordonner la rencontre avec la famille à 14 h?\n\n"
            f"{hemato.signature('fr', rng)}")
    return spec("youth_protection", "fr", hemato.addr(), [ts.addr()],
                pick(rng, ["Refus de transfusion - signalement DPJ", "Urgent - autorisation de soins pédiatrie",
                           "Rencontre famille 14h"]),
                text=text, types=T, note="pediatric transfusion refusal, youth protection report",
                nams=[p] if p["nam"] else [])


def lookback(w, k):
    rng = w.rng
    p = w.nam_patient(age_min=30)
    cst = w.staff("cst", hospital=p["hosp"])
    md = w.staff("md")
    marker = pick(rng, ["VHC (ARN positif)", "VIH-1 (TAN positif)", "VHB (HBsAg)", "HTLV"])
    txd = shift(w.today, -rng.randint(200, 700))
    T = {"patient_name", "ramq_nam", "date_of_birth", "lab_result"}
    nm = name_as(p, pick(rng, ["sur_first", "full", "lower"]))
    text = (f"Bonjour {md.dr('fr')},\n\n"
            f"{SUP} nous avise qu'un donneur dont un produit a été transfusé à votre patient{_e(p)} a présenté "
            f"un test {marker} positif lors d'un don ultérieur (procédure de retraçage).\n\n"
            f"Receveur : {nm}, DDN {date_fr(p['dob'], 3)}, sexe {p['sex']}, NAM {nam_str(p, pick(rng, ['dot', 'space', 'plain']))}\n"
            f"Transfusion : {date_fr(txd, 2)} à {p['hosp']['fr']}, 1 CG\n\n"
            "Nous vous demandons d'informer la personne et de prescrire un dépistage sérologique. "
            "Le résultat doit nous être transmis pour fermer le dossier.\n\n"
            f"{cst.signature('fr', rng)}")
    return spec("lookback", "fr", cst.addr(), [md.addr()], pick(rng, ["Retraçage - receveur à informer",
                                                                     "Confidentiel : procédure de retraçage"]),
                text=text, types=T, note="lookback notification about a transfused recipient", nams=[p])


SUP = "Sang Boréal"


def quick_note(w, k):
    rng = w.rng
    p = w.patient(age_lo=55, age_hi=93)
    a = w.staff("tm")
    b = w.staff("tm", hospital=a.hospital)
    room = rng.randint(301, 640)
    T = {"patient_name", "diagnosis", "lab_result"}
    if k == 0:
        text = (f"{b.given.lower()}, {p['given'].lower()} en {room} a refait de la fièvre avec son 2e culot, l'inf a arrêté. "
                f"TDA nég, recheck groupe ok {p['abo']}. Je te laisse le bilan hémolyse (LDH {rng.randint(250, 600)}, bili {rng.randint(12, 40)}) "
                "pour la relève.\n\n" + a.given)
        subj = f"{room}"
    elif k == 1:
        text = (f"Salut {b.given},\n\nPetit rappel : {p['surname'].lower()} ({room}) a un anti-Jka en mémoire, "
                "dépistage négatif aujourd'hui mais on donne Jk(a-) quand même. Hb 71. Dx SMD.\n\n"
                f"{a.given}")
        subj = "anti-Jka - à savoir"
    else:
        text = (f"Le {room}, {name_as(p, 'initial')}, a besoin de plaquettes irradiées (greffe prévue), "
                f"plaq {rng.randint(6, 14)} ce matin. J'ai commandé 1 dose à {SUP}, arrivée vers 15 h.\n\n{a.given}")
        subj = "plaquettes irradiées"
        T = {"patient_name", "lab_result"}
    return spec("quick_note", "fr", a.addr(2), [b.addr(2)], subj, text=text, types=T,
                note="quick note between technologists about an inpatient")
