"""Confidential messages written in French (Quebec)."""
import datetime

import gen_clin as K
import gen_common as C
from gen_mime import Att, Mail

S = C.staff_addr
D = C.EXT_DOMAINS

SYMPT_FR = {
    "ra": ["synovites MCP et IPP bilatérales depuis {n} mois, raideur matinale > 1 h",
           "polyarthrite symétrique des mains et poignets, 8 articulations gonflées"],
    "psa": ["dactylite du 3e orteil droit, psoriasis du cuir chevelu, talalgie",
            "oligoarthrite genou G et cheville D, atteinte unguéale"],
    "as": ["lombalgie inflammatoire depuis {n} mois, réveils nocturnes, sacroiliite à l'IRM",
           "douleur fessière alternante, raideur matinale 2 h, uvéite antérieure l'an dernier"],
    "sle": ["rash malaire, arthralgies, aphtes, alopécie diffuse", "polyarthralgies, photosensibilité, fatigue marquée"],
    "gca": ["céphalée temporale nouvelle, claudication de la mâchoire, VS élevée",
            "amaurose fugace OD x 2, artère temporale indurée"],
    "pmr": ["douleurs et raideur des ceintures scapulaire et pelvienne depuis {n} semaines"],
    "gout": ["crises récidivantes au 1er MTP et au genou, tophus à l'olécrane"],
    "jia": ["gonflement des genoux et des poignets, boiterie matinale"],
    "gpa": ["sinusite croûteuse, épistaxis, nodules pulmonaires"],
    "opo": ["fracture de fragilité D12, corticothérapie prolongée"],
}


def dx_for(r, p, dt, keys):
    if p.age(dt.date()) < 17:
        return "jia"
    return r.choice(keys)


def sympt(r, dx):
    return r.choice(SYMPT_FR.get(dx, ["arthralgies inflammatoires"])).format(n=r.randint(2, 9))


def gmf_doc():
    return ("Dr Erik Lindqvist", f"erik.lindqvist@{D['gmf']}")


# ------------------------------------------------------------------ F1 referral

def referral(r, P, dt):
    p = P.holder(r)
    dx = dx_for(r, p, dt, ["ra", "psa", "as", "pmr", "gout", "sle", "gca"])
    T = {"patient_name", "date_of_birth", "ramq_nam", "diagnosis", "lab_result", "medication"}
    who = C.name_as(p, r.choice(C.FULL_STYLES), "fr")
    lab = K.labs(r, "fr", r.sample(["crp", "esr", "ccp", "rf", "ana", "hb", "creat"], 3), abnormal={"crp", "esr"})
    rx = K.drug_name(r, K.other_drug(r, dx) if dx != "jia" else "methotrexate", "fr")
    detail = [
        f"Patient(e) : {who}",
        K.nam_line(p, "fr", r),
        "",
        f"Motif : {sympt(r, dx)}.",
        "Bilan : " + ", ".join(lab) + ".",
        f"Rx actuelle : {rx}, acétaminophène PRN.",
        f"Impression : {K.dx_name(dx, 'fr')} probable. " + r.choice(
            ["Merci de voir en semi-urgence.", "Délai souhaité : < 4 semaines.", "Priorité B svp."]),
    ]
    if r.random() < 0.4:
        detail.insert(2, f"Tél. : {p.phone}")
        T.add("patient_contact")
    sig = ["", "Erik Lindqvist, MD", "GMF des Plaines", "Tél. 418 555-0121 | Téléc. 418 555-0122"]
    frm = gmf_doc()
    to = [("Rhumatologie - CRDS", f"crds.rhumato@{C.DOM}")]
    subj = r.choice([f"Demande de consultation en rhumatologie - {p.surname.upper()}",
                     "Demande de consultation - rhumatologie",
                     f"Référence {K.dx_name(dx, 'fr', True)} - {p.given} {p.surname}"])
    if r.random() < 0.45:
        fn = r.choice([f"Demande_consultation_{p.surname.upper()}_{p.given}.pdf", "DC_rhumato.pdf",
                       f"consultation {C.fold(p.surname)}.pdf"])
        blocks = ["Bonjour,", "", "Vous trouverez ci-joint une demande de consultation en rhumatologie.",
                  "Merci de confirmer la réception.", ""] + sig
        att = [Att("pdf", fn, title="Demande de consultation - Rhumatologie", blocks=detail)]
        return Mail("fr", "referral", "referral from family clinic, details in PDF", frm, to, subj, blocks,
                    T, atts=att, ids={"ramq_nam": [p.nam]})
    blocks = [r.choice(["Bonjour Dre Vachon,", "Bonjour,", "Bonjour à l'équipe du CRDS,"]), "",
              "Je vous adresse la personne suivante :", ""] + detail + ["", "Merci,"] + sig
    return Mail("fr", "referral", "family physician referral to rheumatology", frm, to, subj, blocks, T,
                ids={"ramq_nam": [p.nam]})


# ------------------------------------------------------------------ F2 infusion booking

def booking(r, P, dt):
    p = P.patient(r)
    dx = K.pick_dx(r, ["ra", "psa", "as", "sle", "gca", "gpa"])
    drug = K.infusion_drug(r, dx)
    dname = K.drug_name(r, drug, "fr")
    w = K.weight(r)
    when = C.future(dt, r, 5, 30)
    mrn_s = C.fmt_mrn(p.mrn, r.choice(["plain", "spaced", "hyphen", "dotted", "fullwidth"]))
    who = C.name_as(p, r.choice(["title_full", "upper_comma", "sur_first", "full", "lower"]), "fr")
    T = {"patient_name", "mrn", "medication", "diagnosis"}
    blocks = [r.choice(["Bonjour Sylvain,", "Salut Sylvain,", "Bonjour,"]), "",
              f"SVP céduler {who} (dossier {mrn_s}) pour {dname} {K.drug_dose(drug, 'fr')}.",
              f"Dx : {K.dx_name(dx, 'fr', r.random() < 0.5)}. Poids {w} kg.",
              f"Prochaine dose le {C.weekday_fr(when)} {C.fmt_date(when, 'fr', 'long')}, "
              f"{r.choice(['8 h 30', '9 h', '12 h 30', '13 h'])}, durée {r.choice(['2 h', '2 h 30', '3 h', '4 h'])}.",
              r.choice(["Prémédication : acétaminophène 650 mg PO + cétirizine 10 mg.",
                        "Pas de prémédication.", "Prémédication habituelle (voir feuille d'ordonnance)."]),
              "", "Merci!"] + C.signature("trudel", "fr", r)
    atts = []
    if r.random() < 0.4:
        start = datetime.datetime.combine(when, datetime.time(8, 30))
        atts.append(Att("ics", "invitation.ics", uid=f"cpb-{p.mrn}-{when.isoformat()}@{C.DOM}", start=start,
                        end=start + datetime.timedelta(hours=3),
                        summary=f"Perfusion {dname} - {p.surname.upper()} {p.given}",
                        location="CPB, Hôpital Saint-Aurèle, 2e étage, chaise " + K.chair(r),
                        description=f"Dossier {p.mrn}. Poids {w} kg.",
                        organizer=S("asselin")))
    subj = r.choice(["Cédule perfusion", f"Perfusion à céduler - dossier {p.mrn}",
                     f"RDV CPB {p.surname}", "À céduler svp"])
    return Mail("fr", "booking", "infusion booking request", S("trudel"), [S("asselin")], subj, blocks, T,
                atts=atts, ids={"mrn": [p.mrn]})


# ------------------------------------------------------------------ F3 chair census

def census(r, P, dt):
    day = C.future(dt, r, 1, 3)
    rows = []
    T = {"patient_name", "mrn", "medication"}
    with_dx = r.random() < 0.5
    nam_ids = []
    use_holders = r.random() < 0.3
    n_rows = r.randint(6, 9)
    chairs = r.sample([f"{a}{b}" for a in "ABC" for b in range(1, 7)], n_rows)
    times = sorted(r.choice([(8, 0), (8, 30), (9, 0), (10, 0), (11, 0), (12, 30), (13, 0), (13, 30)]) for _ in range(n_rows))
    for i in range(n_rows):
        if use_holders and i < 2:
            p = P.holder(r)
        else:
            p = P.patient(r)
        dx = "jia" if p.age(day) < 17 else K.pick_dx(r)
        dr = K.infusion_drug(r, dx)
        rem = r.choice(["", "", "1re dose", "vérifier ALT", "AgHBs à faire", "retard transport",
                        "réaction légère dernière fois - ralentir", "poids à reprendre", f"CRP {K.num(r.uniform(1, 60), 'fr')}"])
        if rem.startswith("CRP"):
            T.add("lab_result")
        nm = C.name_as(p, r.choice(["upper_comma", "comma", "sur_first"]), "fr")
        row = [chairs[i], f"{times[i][0]} h {times[i][1]:02d}", nm,
               C.fmt_mrn(p.mrn, "plain")]
        if p.nam:
            row[2] = f"{p.surname.upper()}, {p.given} ({p.sex}) {C.fmt_date(p.dob, 'fr', 'iso')} {p.nam}"
            nam_ids.append(p.nam)
            T |= {"ramq_nam", "date_of_birth"}
        if with_dx:
            row.append(K.dx_name(dx, "fr", True))
            T.add("diagnosis")
        row += [K.drug_name(r, dr, "fr", 1), rem]
        rows.append((row, p.mrn))
    hdr = ["Chaise", "Heure", "Patient", "Dossier"] + (["Dx"] if with_dx else []) + ["Médicament", "Remarque"]
    table = [x[0] for x in rows]
    ids = {"mrn": [x[1] for x in rows]}
    if nam_ids:
        ids["ramq_nam"] = nam_ids
        hdr[2] = "Patient (sexe) DDN NAM"
    titre = f"Liste CPB - {C.weekday_fr(day)} {C.fmt_date(day, 'fr', 'long')}"
    frm = S(r.choice(["tanguay", "bellavance", "ferland"]))
    to = [("Équipe CPB", f"cpb-infirmieres@{C.DOM}"), S("nolet")]
    if r.random() < 0.5:
        fn = r.choice([f"liste_cpb_{day.isoformat()}.xlsx", "Liste du jour.xlsx", f"Cédule {day.isoformat()}.xlsx"])
        blocks = ["Bonjour à toutes et à tous,", "", f"Voici la liste de demain ({len(table)} patients).",
                  "La pharmacie a reçu les ordonnances sauf une (à confirmer).", ""] + C.signature(frm[1].split(".")[1].split("@")[0], "fr", r)
        atts = [Att("xlsx", fn, sheets=[(day.isoformat(), hdr, table)])]
        return Mail("fr", "census", "infusion chair list in spreadsheet", frm, to, titre, blocks, T, atts=atts, ids=ids)
    blocks = ["Bonjour,", "", titre + " :", ("table", hdr, table), "",
              "Svp aviser si changement."] + C.signature(frm[1].split(".")[1].split("@")[0], "fr", r)
    return Mail("fr", "census", "infusion chair list in body", frm, to, titre, blocks, T,
                body_mode=r.choice(["html", "alt", "plain"]), ids=ids)


# ------------------------------------------------------------------ F4 lab follow-up

def lab_followup(r, P, dt):
    p = P.patient(r)
    dx = K.pick_dx(r, ["ra", "gca", "sle", "psa"])
    drug = r.choice(["tocilizumab", "methotrexate", "leflunomide", "tofacitinib"]) if dx != "sle" else "belimumab"
    lab = K.labs(r, "fr", ["alt", "anc", "crp", "creat"], abnormal=r.choice([{"alt"}, {"anc"}, {"alt", "anc"}]))
    who = C.name_as(p, r.choice(["initial", "title_sur", "upper_comma", "lower"]), "fr")
    mrn_s = C.fmt_mrn(p.mrn, r.choice(["plain", "spaced", "hyphen", "slashed"]))
    frm = S("nolet")
    to = [S(r.choice(["vachon", "lachapelle", "okafor", "ahmadi", "zhang"]))]
    blocks = [r.choice(["Bonjour,", "Allo,", "Bonjour Docteur,"]), "",
              f"Labos de ce matin pour {who} (# {mrn_s}), sous {K.drug_name(r, drug, 'fr')} pour {K.dx_name(dx, 'fr', True)} :",
              ""] + [f"  {x}" for x in lab] + ["",
              r.choice(["On maintient la perfusion de jeudi ou on reporte?",
                        "Je suggère de suspendre la dose et de répéter dans 1 semaine.",
                        "Ok pour diminuer à 4 mg/kg?"]),
              "", "Véronique"]
    subj = r.choice(["Labos anormaux", f"ALT - {p.surname}", "Résultats avant perfusion", f"dossier {p.mrn} - labos"])
    return Mail("fr", "lab_followup", "abnormal labs before infusion", frm, to, subj, blocks,
                {"patient_name", "mrn", "lab_result", "medication", "diagnosis"}, ids={"mrn": [p.mrn]})


# ------------------------------------------------------------------ F5 prescription

def prescription(r, P, dt):
    p = P.holder(r)
    dx = dx_for(r, p, dt, ["ra", "psa", "sle", "gout", "as"])
    meds = [K.other_drug(r, dx) for _ in range(2)]
    if "methotrexate" in meds or dx == "ra":
        meds = ["methotrexate", "folic"]
    if dx == "jia":
        meds = ["mtx_ped", "folic"]
    lines = []
    for m in dict.fromkeys(meds):
        if m == "mtx_ped":
            lines.append(f"Méthotrexate 15 mg/m2 SC 1 fois par semaine (dose calculée : {r.randint(6, 12)} mg) - qté 3 mois")
        elif m == "folic":
            lines.append("Acide folique 5 mg PO 1 fois par semaine (le lendemain du MTX) - 12 mois")
        else:
            lines.append(f"{K.drug_name(r, m, 'fr')} {K.drug_dose(m, 'fr')} - qté 3 mois, renouv. x 3")
    T = {"patient_name", "date_of_birth", "ramq_nam", "medication"}
    pt = [C.name_as(p, r.choice(["full", "upper_comma", "title_full"]), "fr"), K.nam_line(p, "fr", r, sep="\n").split("\n")]
    head = [pt[0]] + pt[1]
    if r.random() < 0.5:
        head.append(p.address)
        T.add("patient_contact")
    if r.random() < 0.5:
        head.append(f"Indication : {K.dx_name(dx, 'fr')}")
        T.add("diagnosis")
    doc = C.staff_name(r.choice(["vachon", "lachapelle", "ahmadi"]), "fr")
    body_rx = [("h", "ORDONNANCE")] + head + ["", "Rx :"] + [f"- {x}" for x in lines] + ["", f"Prescripteur : {doc}, rhumatologie", f"Permis : 1-{r.randint(10000, 99999)}"]
    frm = S(r.choice(["carrier", "trudel"]))
    to = [("Pharmacie Lemay-Giroux", f"ordonnances@{D['pharm1']}")]
    if r.random() < 0.55:
        fn = r.choice([f"Ordonnance_{p.surname}_{p.given}.pdf", f"RX_{p.surname.upper()}.pdf", "ordonnance.pdf"])
        blocks = ["Bonjour,", "", "Ci-joint une ordonnance de la clinique de rhumatologie.",
                  "L'original suit par télécopieur.", ""] + C.signature(frm[1].split(".")[1].split("@")[0], "fr", r)
        return Mail("fr", "prescription", "prescription to community pharmacy as PDF", frm, to,
                    r.choice(["Ordonnance", "Rx à servir", "Ordonnance - clinique de rhumatologie"]), blocks, T,
                    atts=[Att("pdf", fn, title="Ordonnance - Clinique de rhumatologie", blocks=body_rx)],
                    ids={"ramq_nam": [p.nam]})
    blocks = ["Bonjour,", "", "Voici l'ordonnance à servir :", ""] + [x for x in body_rx if not isinstance(x, tuple)] + \
        ["", "Merci de nous aviser si rupture de stock."] + C.signature(frm[1].split(".")[1].split("@")[0], "fr", r)
    return Mail("fr", "prescription", "prescription to community pharmacy in body", frm, to,
                f"Ordonnance - {p.surname.upper()} {p.given}", blocks, T, ids={"ramq_nam": [p.nam]})


# ------------------------------------------------------------------ F6 exception / insurer form

def exception_form(r, P, dt):
    p = P.holder(r)
    dx = dx_for(r, p, dt, ["ra", "psa", "as"])
    drug = r.choice(["upadacitinib", "tofacitinib", "adalimumab", "etanercept", "infliximab", "golimumab"])
    fails = r.sample(["methotrexate 25 mg SC x 6 mois", "léflunomide 20 mg x 4 mois",
                      "sulfasalazine 2 g x 3 mois", "hydroxychloroquine 400 mg x 6 mois", "naproxène 500 mg BID x 3 mois"], 2)
    das = K.num(r.uniform(4.2, 6.4), "fr", 2)
    lab = K.labs(r, "fr", ["crp", "esr"], abnormal={"crp", "esr"})
    T = {"patient_name", "date_of_birth", "ramq_nam", "diagnosis", "medication", "lab_result"}
    form = [("h", "Section 1 - Renseignements sur la personne assurée"),
            ("table", None, [["Nom, prénom", f"{p.surname}, {p.given}"], ["Date de naissance", C.fmt_date(p.dob, "fr", "iso")],
                             ["Sexe", p.sex], ["NAM", C.fmt_nam(p.nam, r.choice(["plain", "spaced"]))]]),
            ("h", "Section 2 - Renseignements cliniques"),
            f"Diagnostic : {K.dx_name(dx, 'fr')}",
            f"Médicament demandé : {K.drug_name(r, drug, 'fr', 2)} {K.drug_dose(drug, 'fr')}",
            "Traitements antérieurs (échecs/intolérances) : " + "; ".join(fails),
            (f"JADAS-27 : {r.randint(14, 28)} ; " if dx == "jia" else f"DAS28-CRP : {das} ; ") + ", ".join(lab),
            "", "Signature du médecin : ____________________"]
    fn = r.choice([f"Formulaire_exception_{p.surname.upper()}.docx", "Demande médicament d'exception.docx",
                   f"Autorisation_{K.DRUG[drug][1][0]}_{p.surname}.docx"])
    frm = S("trudel")
    to = r.choice([[("Programme BioLien", f"inscriptions@{D['support']}")],
                   [("Assurances Boréale - médicaments", f"autorisations@{D['insurer']}")]])
    blocks = ["Bonjour,", "", r.choice(["Veuillez trouver ci-joint le formulaire complété.",
                                       f"Voici la demande d'autorisation pour {p.given} {p.surname}, tel que discuté.",
                                       "Formulaire d'autorisation préalable en pièce jointe."]),
              "Le rapport de consultation peut être transmis sur demande.", ""] + C.signature("trudel", "fr", r)
    return Mail("fr", "insurer_form", "prior authorization form for a targeted therapy", frm, to,
                r.choice(["Demande d'autorisation préalable", f"Autorisation {K.DRUG[drug][1][0]}", "Formulaire - médicament d'exception"]),
                blocks, T, atts=[Att("docx", fn, title="Demande d'autorisation de paiement - médicament d'exception", blocks=form)],
                ids={"ramq_nam": [p.nam]})


# ------------------------------------------------------------------ F7 nurse phone note

def phone_note(r, P, dt):
    p = P.patient(r)
    drug = r.choice(["tocilizumab", "infliximab", "rituximab", "adalimumab", "etanercept", "abatacept"])
    T = {"patient_name", "diagnosis", "medication", "patient_contact"}
    temp = K.num(r.uniform(38.1, 39.4), "fr")
    symptom = r.choice([f"fièvre {temp} depuis hier soir et toux productive",
                        "rougeur chaude et douloureuse au mollet droit",
                        "brûlure mictionnelle et frissons",
                        "zona probable au thorax gauche (vésicules depuis 2 jours)"])
    subj = r.choice([f"Appel de {p.given} {p.surname}", f"{p.surname.upper()} {p.given} - à rappeler",
                     f"Rappel patient - {C.name_as(p, 'title_sur', 'fr')}"])
    blocks = [r.choice(["Salut,", "Bonjour Dr,", "Allo,"]), "",
              f"{p.given} a appelé la ligne infirmière à {r.choice(['8 h 10', '9 h 45', '11 h 20', '14 h'])} : {symptom}.",
              f"Dernière dose {K.de(K.drug_name(r, drug, 'fr'))} il y a {r.randint(5, 20)} jours.",
              r.choice(["Je lui ai conseillé de consulter à l'urgence si ça empire.",
                        f"{'Elle' if p.sex == 'F' else 'Il'} préfère attendre ton appel avant d'aller au sans-rendez-vous.",
                        "Je lui ai dit de ne pas faire sa prochaine injection avant d'avoir ton avis."]),
              f"Tu peux {'la' if p.sex == 'F' else 'le'} rappeler au {p.phone} (cell.)", "", "Caroline"]
    return Mail("fr", "phone_note", "nurse phone message about a patient with symptoms", S("trudel"),
                [S(r.choice(["vachon", "okafor", "zhang", "ahmadi"]))], subj, blocks, T,
                body_mode=r.choice(["plain", "plain", "html"]))


# ------------------------------------------------------------------ F8 social work

def social_work(r, P, dt):
    p = P.patient(r, 1950, 1998)
    dx = K.pick_dx(r, ["ra", "psa", "as", "sle"])
    drug = r.choice(["etanercept", "adalimumab", "secukinumab"])
    situation = r.choice([
        ("a perdu son logement suite à une éviction (reprise de logement); est hébergée temporairement "
         "au refuge municipal, sans réfrigérateur pour conserver ses seringues"),
        "vit une situation de violence conjugale; a quitté le domicile et séjourne en maison d'hébergement",
        "est prestataire de l'aide sociale depuis la perte de son emploi; n'arrive plus à payer la franchise de ses médicaments",
        "est proche aidante de sa mère en perte d'autonomie, épuisement important, demande de répit en cours",
    ])
    T = {"patient_name", "social_information", "diagnosis", "medication"}
    who = C.name_as(p, r.choice(["title_full", "full", "upper_comma"]), "fr")
    lines = [f"Je fais suite à notre échange au sujet de {who}, suivi{'e' if p.sex == 'F' else ''} en rhumatologie ({K.dx_name(dx, 'fr')}) "
             f"sous {K.drug_name(r, drug, 'fr')}.", "", f"La personne {situation}."]
    if r.random() < 0.5:
        lines.append(f"Adresse temporaire : {p.address}. Joignable au {p.phone}.")
        T.add("patient_contact")
    if r.random() < 0.5:
        lines.append(f"No dossier CPB : {C.fmt_mrn(p.mrn, 'plain')}")
        T.add("mrn")
    ids = {}
    if "aide sociale" in situation and r.random() < 0.7:
        sin = C.make_sin(r)
        lines.append(f"Pour le formulaire de contraintes à l'emploi (aide sociale) : NAS {C.fmt_sin(sin, r.choice(['spaced', 'plain', 'hyphen', 'fullwidth']))}")
        T.add("ca_sin")
        ids["ca_sin"] = [sin]
    lines += ["", r.choice(["Pourriez-vous évaluer la possibilité d'un traitement en perfusion au CPB plutôt qu'à domicile?",
                            "J'ai fait une demande au programme de soutien pour couvrir la franchise.",
                            "Je vous tiens au courant de la suite."])]
    frm = (S("desrosiers") if r.random() < 0.5 else ("Julie Castonguay, TS", f"julie.castonguay@{D['clsc']}"))
    to = [S("trudel")] if frm[1].endswith(C.DOM) is False else [("Julie Castonguay", f"julie.castonguay@{D['clsc']}")]
    blocks = ["Bonjour,", ""] + lines + ["", "Cordialement,", frm[0], "Travailleuse sociale"]
    if "mrn" in T:
        ids["mrn"] = [p.mrn]
    return Mail("fr", "social_work", "social worker note on a patient's social situation", frm, to,
                r.choice(["Suivi psychosocial", "Situation de logement - patient(e) CPB", "Suivi TS", "Confidentiel - suivi social"]),
                blocks, T, ids=ids)


# ------------------------------------------------------------------ F9 transport

def transport(r, P, dt):
    p = P.patient(r, 1932, 1975)
    when = C.future(dt, r, 3, 20)
    T = {"patient_name", "patient_contact", "mrn"}
    rows = [["Nom", C.name_as(p, r.choice(["upper_comma", "full", "comma"]), "fr")],
            ["Dossier", C.fmt_mrn(p.mrn, r.choice(["plain", "hyphen"]))],
            ["Adresse", p.address], ["Téléphone", p.phone],
            ["Rendez-vous", f"{C.fmt_date(when, 'fr', 'long')} à {r.choice(['8 h', '8 h 30', '12 h 30'])}, CPB Hôpital Saint-Aurèle"],
            ["Motif", r.choice(["Perfusion (durée environ 3 h)", f"Perfusion de {K.drug_name(r, 'rituximab', 'fr', 1)} (durée 4 à 5 h)",
                                "Traitement en perfusion"])],
            ["Mobilité", r.choice(["fauteuil roulant", "marchette", "autonome avec canne", "ambulatoire, accompagnateur"])]]
    if rows[5][1].startswith("Perfusion de "):
        T.add("medication")
    if r.random() < 0.5:
        rows.insert(1, ["Date de naissance", C.fmt_date(p.dob, "fr", "slash")])
        T.add("date_of_birth")
    blocks = ["Bonjour,", "", "Demande de transport adapté aller-retour :", ("table", None, rows), "",
              "Merci de confirmer l'heure de cueillette."] + C.signature("asselin", "fr", r)
    return Mail("fr", "transport", "adapted transport request for an infusion appointment", S("asselin"),
                [("Transport adapté", f"reservations@{D['transport']}")],
                r.choice(["Demande de transport", f"Transport - {p.surname.upper()}", "Réservation transport adapté"]),
                blocks, T, body_mode=r.choice(["html", "alt", "plain"]), ids={"mrn": [p.mrn]})


# ------------------------------------------------------------------ F10 discharge summary

def discharge(r, P, dt):
    p = P.holder(r)
    adult = p.age(dt.date()) >= 17
    dx = r.choice(["ln", "gpa", "gca"]) if adult else "jia"
    T = {"patient_name", "date_of_birth", "ramq_nam", "diagnosis", "medication", "lab_result"}
    adm = dt.date() - datetime.timedelta(days=r.randint(8, 20))
    out = dt.date() - datetime.timedelta(days=r.randint(1, 5))
    lab = K.labs(r, "fr", {"ln": ["creat", "upcr", "c3", "dsdna"], "gpa": ["creat", "anca", "hb"],
                           "gca": ["crp", "esr", "hb"], "jia": ["crp", "hb", "esr"]}[dx], abnormal={"creat", "crp", "esr", "hb"})
    inf = K.infusion_drug(r, dx)
    doc = [("h", "Résumé de dossier - départ"),
           f"Nom : {p.surname.upper()}, {p.given}", K.nam_line(p, "fr", r),
           f"Admission : {C.fmt_date(adm, 'fr', 'iso')}   Départ : {C.fmt_date(out, 'fr', 'iso')}",
           "", ("h", "Diagnostic principal"), K.dx_name(dx, "fr"),
           ("h", "Évolution"),
           "Bolus de méthylprednisolone 500 mg x 3 puis prednisone 1 mg/kg. " +
           f"Première dose {K.de(K.drug_name(r, inf, 'fr'))} donnée le {C.fmt_date(out - datetime.timedelta(days=1), 'fr', 'long')}.",
           "Labos à l'admission : " + ", ".join(lab),
           ("h", "Médication au départ"),
           f"- prednisone {r.choice([40, 50, 60])} mg PO DIE", "- pantoprazole 40 mg DIE",
           f"- {K.drug_name(r, 'tmp_smx', 'fr', 0)} 1 co. 3x/sem", "- calcium + vitamine D",
           ("h", "Suivi"), f"CPB pour la 2e dose {K.de(K.drug_name(r, inf, 'fr', 0))}; clinique de rhumatologie dans 2 semaines."]
    fn = r.choice([f"Resume_depart_{p.surname}_{p.given}.pdf", f"Résumé de départ {p.surname.upper()}.docx",
                   "resume_depart.pdf", f"RD_{p.surname.upper()}_{out.isoformat()}.docx"])
    kind = "docx" if fn.endswith(".docx") else "pdf"
    frm = S(r.choice(["kim", "lachapelle"]))
    to = [S("trudel"), ("Dr Erik Lindqvist", f"erik.lindqvist@{D['gmf']}")]
    blocks = ["Bonjour,", "", r.choice(["Résumé de départ ci-joint pour suivi au CPB.",
                                       "Pour votre information, résumé d'hospitalisation ci-joint.",
                                       "Votre patient(e) a reçu son congé; voir résumé ci-joint."]), ""] + \
        C.signature(frm[1].split(".")[1].split("@")[0], "fr", r)
    return Mail("fr", "discharge", "discharge summary attached", frm, to,
                r.choice(["Résumé de départ", "Congé - suivi CPB", "RD pour suivi"]), blocks, T,
                atts=[Att(kind, fn, title="Centre hospitalier - Résumé de départ", blocks=doc)], ids={"ramq_nam": [p.nam]})


# ------------------------------------------------------------------ F11 forwarded infusion reaction

def forward_reaction(r, P, dt):
    p = P.patient(r)
    drug = r.choice(["infliximab", "rituximab", "tocilizumab", "pegloticase"])
    dn = K.drug_name(r, drug, "fr", 1)
    mins = r.randint(15, 70)
    sent = dt - datetime.timedelta(hours=r.randint(2, 30))
    mrn_s = C.fmt_mrn(p.mrn, r.choice(["plain", "dotted", "spaced"]))
    fw = ["-------- Message transféré --------", "De : Mathieu Ferland", f"Date : {C.fmt_date(sent.date(), 'fr', 'long')} {sent.hour} h {sent.minute:02d}",
          f"Objet : réaction {dn} - {C.name_as(p, r.choice(['upper_comma', 'sur_first', 'full']), 'fr')}", "",
          f"Réaction à {mins} min de la perfusion {K.de(dn)} ({r.choice(['4e', '6e', '2e', '9e'])} dose) chez {p.given} "
          f"(dossier {mrn_s}) : " + r.choice(["prurit, urticaire au thorax, TA 92/54, FC 112.",
                                              "dyspnée, oppression thoracique, SpO2 91 %.",
                                              "frissons, T 38,4, céphalée."]),
          "Perfusion arrêtée, diphenhydramine 50 mg IV + hydrocortisone 100 mg IV. Résolution en 30 min.",
          "Perfusion non reprise. Médecin de garde avisé."]
    blocks = [r.choice(["Pour info et conduite à tenir pour la prochaine dose?", "FYI - à discuter à la réunion de jeudi.",
                        "Dre, voir ci-dessous svp."]), "", "Isabelle", ""] + fw
    return Mail("fr", "forward", "forwarded infusion reaction report", S("tanguay"),
                [S(r.choice(["vachon", "lachapelle", "zhang"]))], f"TR: réaction {dn}", blocks,
                {"patient_name", "mrn", "medication", "diagnosis"}, ids={"mrn": [p.mrn]})


# ------------------------------------------------------------------ F12 youth protection

def youth_protection(r, P, dt):
    p = P.patient(r, 2009, 2019)
    drug = r.choice(["tocilizumab", "abatacept", "infliximab"])
    T = {"patient_name", "date_of_birth", "diagnosis", "medication", "social_information"}
    missed = r.randint(2, 4)
    who = C.name_as(p, r.choice(["full", "upper_comma", "comma"]), "fr")
    blocks = ["Bonjour,", "",
              f"Je vous écris concernant {who}, né{'e' if p.sex == 'F' else ''} le {C.fmt_date(p.dob, 'fr', r.choice(['long', 'iso', 'slash']))}, "
              f"suivi{'e' if p.sex == 'F' else ''} pour une {K.dx_name('jia', 'fr')} sous {K.drug_name(r, drug, 'fr')}.",
              f"L'enfant a manqué {missed} perfusions consécutives et se présente avec des synovites actives.",
              r.choice(["Un signalement a été retenu par la DPJ la semaine dernière; l'intervenante au dossier souhaite être informée des rendez-vous.",
                        "Nous avons fait un signalement à la DPJ pour négligence médicale, après plusieurs tentatives de joindre le parent.",
                        "L'enfant est maintenant hébergé(e) en famille d'accueil (DPJ); la famille d'accueil l'accompagnera aux prochains rendez-vous."]),
              "", "Merci de votre collaboration.", "", "Émilie Desrosiers, TS", "Pédiatrie et rhumatologie"]
    to = r.choice([[("Intervenante DPJ", f"intervention.dpj@{D['clsc']}")], [S("ahmadi")]])
    return Mail("fr", "youth_protection", "youth protection follow-up for a child in care", S("desrosiers"), to,
                r.choice(["Suivi DPJ - enfant CPB", "Rendez-vous manqués - suivi", "Confidentiel"]), blocks, T)


# ------------------------------------------------------------------ F13 attached message

def attached_message(r, P, dt):
    p = P.patient(r)
    dx = K.pick_dx(r, ["ra", "psa", "sle", "as"])
    inner_from = (f"{p.given} {p.surname}", p.email)
    T = {"patient_name", "medication", "diagnosis", "patient_contact"}
    inner_blocks = ["Bonjour,", "", r.choice([
        f"Je m'appelle {p.given} {p.surname}, je suis suivi{'e' if p.sex == 'F' else ''} en rhumatologie par la Dre Ahmadi ({K.dx_name(dx, 'fr')}).",
        f"C'est {p.given} {p.surname}, patient de la clinique de rhumato ({K.dx_name(dx, 'fr', True)})."]),
        r.choice([f"Depuis que j'ai commencé le {K.drug_name(r, K.other_drug(r, dx), 'fr', 0)} j'ai des nausées et des ulcères dans la bouche.",
                  f"Mon {K.drug_name(r, K.other_drug(r, dx), 'fr', 1)} n'est pas arrivé à la pharmacie, il me reste une seule dose."]),
        f"Vous pouvez me joindre au {p.phone}.", "", "Merci", p.given]
    inner = Mail("fr", "x", "x", inner_from, [("Clinique de rhumatologie", f"rhumatologie@{C.DOM}")],
                 r.choice(["Question médicament", "Besoin d'aide svp", "mon traitement"]), inner_blocks,
                 date=dt - datetime.timedelta(hours=r.randint(1, 48)))
    blocks = ["Bonjour,", "", r.choice(["Courriel reçu sur la boîte générale, voir pièce jointe.",
                                       "Je te transfère ce message reçu ce matin (en pièce jointe).",
                                       "À traiter svp - message ci-joint."]), "", "Mylène"]
    return Mail("fr", "attached_message", "patient e-mail forwarded as attachment", S("carrier"), [S("trudel")],
                r.choice(["TR: message patient", "Courriel reçu", "À traiter"]), blocks, T,
                atts=[Att("eml", r.choice(["message.eml", "Courriel patient.eml", "msg_boite_generale.eml"]), mail=inner)])


# ------------------------------------------------------------------ F14 transfer zip

def transfer_zip(r, P, dt):
    p = P.patient(r)
    dx = K.pick_dx(r, ["ra", "sle", "gpa", "gca", "ssc"])
    inf = K.infusion_drug(r, dx)
    T = {"patient_name", "mrn", "diagnosis", "medication", "lab_result"}
    note = [f"Patient : {p.surname.upper()}, {p.given}", f"No dossier : {p.mrn}", "",
            ("h", "Consultation de rhumatologie"), f"Dx : {K.dx_name(dx, 'fr')}",
            f"Traitement : {K.drug_name(r, inf, 'fr')} {K.drug_dose(inf, 'fr')}",
            "Prochaine dose due dans 3 semaines. Transfert de suivi au CH Mont-Bruyère (déménagement)."]
    labrows = [[C.fmt_date(dt.date() - datetime.timedelta(days=30 * i), "fr", "iso"), x] for i, x in
               enumerate(K.labs(r, "fr", ["crp", "hb", "alt", "creat"], abnormal={"crp"}))]
    members = [Att("pdf", f"Consult_{p.surname.upper()}_{p.given}.pdf", title="Note de consultation", blocks=note),
               Att("csv", f"labos_{p.mrn}.csv", header=["date", "resultat"], rows=labrows)]
    if r.random() < 0.5:
        members.append(Att("pdf", "feuille_ordonnance_perfusion.pdf", title="Ordonnance de perfusion",
                           blocks=[f"{p.given} {p.surname} - {K.drug_name(r, inf, 'fr', 0)} {K.drug_dose(inf, 'fr')}"]))
    blocks = ["Bonjour,", "", "Tel que convenu, voici les documents pour le transfert de suivi (archive jointe).",
              "Le mot de passe vous sera transmis par téléphone." if r.random() < 0.3 else "", ""] + C.signature("pichette", "fr", r)
    return Mail("fr", "transfer", "record transfer bundle in ZIP", S("pichette"),
                [("Archives CH Mont-Bruyère", f"archives.chmb@{C.DOM}")],
                r.choice(["Transfert de dossier", "Documents - transfert de suivi CPB", f"Transfert {p.mrn}"]), blocks, T,
                atts=[Att("zip", r.choice([f"transfert_{p.surname}.zip", "documents.zip", f"dossier_{p.mrn}.zip"]), members=members)],
                ids={"mrn": [p.mrn]})


# ------------------------------------------------------------------ F15 foreign coverage (NIR / NISS)

def foreign_coverage(r, P, dt, fr_case):
    p = P.patient(r, 1950, 2000)
    dx = K.pick_dx(r, ["ra", "as", "psa", "sle"])
    inf = K.infusion_drug(r, dx)
    T = {"patient_name", "date_of_birth", "diagnosis", "medication"}
    if fr_case:
        num = C.make_nir(r, p.dob, p.sex)
        ident = f"NIR (sécurité sociale française) : {C.fmt_nir(num, r.choice(['plain', 'spaced', 'dotted', 'fullwidth']))}"
        ids = {"fr_nir": [num]}
        T.add("fr_nir")
        origin = r.choice(["arrivé{e} de Lyon", "arrivé{e} de Bordeaux", "en provenance de Lille"]).format(e="e" if p.sex == "F" else "")
    else:
        num = C.make_niss(r, p.dob, p.sex)
        ident = f"NISS (Belgique) : {C.fmt_niss(num, r.choice(['plain', 'official', 'spaced', 'fullwidth']))}"
        ids = {"be_niss": [num]}
        T.add("be_niss")
        origin = r.choice(["étudiant{e} belge (Liège)", "arrivé{e} de Bruxelles", "en provenance de Namur"]).format(e="e" if p.sex == "F" else "")
    who = C.name_as(p, r.choice(["full", "upper_comma", "title_full"]), "fr")
    blocks = ["Bonjour Véronique,", "",
              f"{'Nouvelle patiente' if p.sex == 'F' else 'Nouveau patient'} {origin}, pas encore admissible à la RAMQ (délai de carence de 3 mois).",
              f"{who}, né{'e' if p.sex == 'F' else ''} le {C.fmt_date(p.dob, 'fr', r.choice(['long', 'iso']))}", ident,
              f"Dx : {K.dx_name(dx, 'fr')}, sous {K.drug_name(r, inf, 'fr')} en Europe depuis {r.randint(2014, 2022)}.",
              "Dernière dose il y a 6 semaines. Peut-on organiser la continuité au CPB et vérifier la couverture de son assurance voyage?",
              "", "Merci,"] + C.signature("trudel", "fr", r)
    return Mail("fr", "coverage", "continuity of infusion for a patient covered abroad", S("trudel"), [S("nolet")],
                r.choice(["Patient hors Québec - couverture", "Continuité de traitement - nouvelle arrivée", "Couverture perfusion"]),
                blocks, T, ids=ids)


def coverage_nir(r, P, dt):
    return foreign_coverage(r, P, dt, True)


def coverage_niss(r, P, dt):
    return foreign_coverage(r, P, dt, False)


# ------------------------------------------------------------------ F16 support programme vCard

def support_vcard(r, P, dt):
    p = P.patient(r)
    dx = K.pick_dx(r, ["psa", "ra", "as"])
    drug = r.choice(["golimumab", "infliximab", "abatacept", "tocilizumab"])
    T = {"patient_name", "patient_contact", "diagnosis", "medication"}
    bday = None
    if r.random() < 0.5:
        bday = p.dob.isoformat()
        T.add("date_of_birth")
    blocks = ["Bonjour,", "",
              f"Nouvelle inscription au programme : début {K.de(K.drug_name(r, drug, 'fr'))} ({K.dx_name(dx, 'fr')}).",
              "Couverture : " + r.choice(["assurance collective (employeur)", "RAMQ + programme d'aide à la franchise",
                                          "aucune assurance privée"]) + ".",
              "Coordonnées de la personne dans la fiche jointe. " + ("Elle préfère être appelée" if p.sex == "F" else "Il préfère être appelé") + " en fin de journée.",
              ""] + C.signature("trudel", "fr", r)
    fn = r.choice([f"{p.given} {p.surname}.vcf", "contact.vcf", f"{C.fold(p.surname)}.vcf"])
    return Mail("fr", "support_program", "support programme enrolment with contact card", S("trudel"),
                [("BioLien - coordination", f"coordination@{D['support']}")],
                r.choice(["Nouvelle inscription", "Inscription programme de soutien", "Référence BioLien"]), blocks, T,
                atts=[Att("vcf", fn, given=p.given, surname=p.surname, tel=p.phone, adr=p.address, email=p.email, bday=bday)])


TEMPLATES = [
    (referral, 4), (booking, 4), (census, 4), (lab_followup, 4), (prescription, 4), (exception_form, 4),
    (phone_note, 4), (social_work, 4), (transport, 3), (discharge, 4), (forward_reaction, 3),
    (youth_protection, 3), (attached_message, 3), (transfer_zip, 3), (coverage_nir, 3), (coverage_niss, 3), (support_vcard, 3),
]
