"""Positive (confidential) French messages, part B."""
import datetime

from gen_common import (date_fr, mrn_str, nam_str, name_as, shift, pick)
from gen_ids import make_sin, sin_fmt, make_nir, nir_fmt, make_niss, niss_fmt
from gen_tpl import (spec, quote, reply_header, att_pdf, att_docx, att_ics, list_addr, ext_addr, dt)


def _t(p):
    return "Mme" if p["sex"] == "F" else "M."


def _ne(p):
    return "née" if p["sex"] == "F" else "né"


def _e(p):
    return "e" if p["sex"] == "F" else ""


def reply_quoted(w, k):
    rng = w.rng
    p = w.patient(age_lo=40, age_hi=90) if k != 1 else w.nam_patient(age_min=40)
    md = w.staff("md", hospital=p["hosp"])
    hem = w.staff("hemato")
    hb = rng.randint(58, 79)
    T = {"patient_name", "lab_result", "diagnosis", "medication"}
    idl = f"dossier {mrn_str(p, pick(rng, ['plain', 'hyphen']))}"
    T.add("mrn")
    if p["nam"]:
        idl += f", NAM {nam_str(p, 'plain')}, DDN {date_fr(p['dob'], 0)}, {p['sex']}"
        T |= {"ramq_nam", "date_of_birth"}
    orig = (f"Bonjour,\n\nJ'aimerais ton avis pour {name_as(p, pick(rng, ['title_full_fr', 'sur_given']))} ({idl}). "
            f"Hb {hb} g/L, TDA positif IgG+ C3d-, LDH {rng.randint(400, 900)}, haptoglobine < 0,1, "
            f"réticulocytes {rng.randint(150, 320)}. La banque de sang a de la difficulté à trouver du sang compatible "
            "(panagglutinine).\n\nMerci\n" + md.full)
    when = dt(w.today, rng.randint(8, 11), rng.randint(0, 59))
    text = (f"Bonjour {md.given},\n\nTableau compatible avec une anémie hémolytique auto-immune à anticorps chauds. "
            "Je suggère prednisone 1 mg/kg/j, acide folique 5 mg DIE, et de ne transfuser que si instabilité ou Hb < 60; "
            "la banque de sang fera une adsorption pour exclure un allo-anticorps sous-jacent. Je passe la voir cet après-midi.\n\n"
            f"{hem.dr('fr')}\n\n{reply_header('fr', when, md, rng.randint(0, 1))}\n{quote(orig)}\n")
    subj = "RE: " + pick(rng, ["Avis hémato - TDA positif", f"Question - {p['surname']}", "Hémolyse?"])
    return spec("consult_reply", "fr", hem.addr(), [md.addr()], subj, text=text, types=T,
                note="hematology consult reply with quoted question", nams=[p] if p["nam"] else [],
                reply=f"<{rng.randint(10**8, 10**9)}.{k}@mail.trois-rivages.example>")


def pharmacy_rx(w, k):
    rng = w.rng
    p = w.nam_patient(age_min=25)
    md = w.staff("hemato")
    ph = ("Pharmacie du Quai", "ordonnances@pharmacieduquai.example")
    meds = pick(rng, [["Fumarate ferreux (Palafer) 300 mg PO DIE, 3 mois", "Acide folique 5 mg PO DIE"],
                      ["Bisglycinate de fer 25 mg PO BID", "Vitamine C 500 mg PO DIE avec le fer"],
                      ["Prednisone 50 mg PO DIE x 7 jours puis diminution selon feuille", "Pantoprazole 40 mg PO DIE"]])
    dx = "anémie ferriprive" if "fer" in meds[0].lower() or "Palafer" in meds[0] else "anémie hémolytique auto-immune"
    T = {"patient_name", "date_of_birth", "ramq_nam", "patient_contact", "medication", "diagnosis"}
    rx = [f"Patient(e) : {name_as(p, 'upper_first')}", f"Date de naissance : {date_fr(p['dob'], 1)}   Sexe : {p['sex']}",
          f"NAM : {nam_str(p, pick(rng, ['space', 'plain']))}", f"Adresse : {p['street']}, {p['city']} {p['postal']}",
          f"Téléphone : {p['phone']}", f"Diagnostic : {dx}", ""] + [f"Rx : {m}" for m in meds] + \
         ["", f"Prescripteur : {md.dr('fr')}, permis {rng.randint(10000, 99999)}"]
    if k == 1:
        text = (f"Bonjour,\n\nVeuillez trouver ci-joint une ordonnance pour {_t(p)} {p['surname']}, congé ce jour. "
                "L'original suit par télécopieur.\n\n" + md.signature("fr", rng))
        atts = [att_pdf(f"Ordonnance_{p['surname']}.pdf", "Ordonnance — Hématologie", rx, author=md.full)]
    else:
        text = ("Bonjour,\n\nOrdonnance de départ :\n\n" + "\n".join(rx) +
                "\n\nMerci de confirmer la réception.\n\n" + md.signature("fr", rng))
        atts = []
    return spec("pharmacy_rx", "fr", md.addr(), [ph], pick(rng, ["Ordonnance de départ", "Rx congé hématologie",
                                                               "Ordonnance - à préparer"]),
                text=text, atts=atts, types=T, note="discharge prescription to community pharmacy", nams=[p])


def victim_form(w, k):
    rng = w.rng
    p = w.patient(sex="F" if k != 1 else None, age_lo=22, age_hi=60)
    ts = w.staff("ts", hospital=p["hosp"])
    sin = make_sin(rng)
    sstyle = pick(rng, ["hyphen", "space", "plain"])
    inj = pick(rng, ["lacération splénique avec hémopéritoine", "fracture du fémur et hémorragie",
                     "plaies par arme blanche à l'abdomen"])
    T = {"patient_name", "ca_sin", "date_of_birth", "diagnosis", "social_information", "mrn", "patient_contact"}
    paras = ["## Section 1 — Personne victime",
             f"Nom : {p['surname']}   Prénom : {p['given']}",
             f"Date de naissance : {date_fr(p['dob'], 0)}",
             f"Numéro d'assurance sociale : {sin_fmt(sin, sstyle)}",
             f"Adresse temporaire : maison d'hébergement (adresse confidentielle), joindre via {p['phone']}",
             "## Section 2 — Blessures",
             f"Admission le {date_fr(shift(w.today, -rng.randint(4, 15)), 2)} à la suite d'une agression par le conjoint.",
             f"Blessures : {inj}. Transfusion de {rng.randint(3, 8)} culots globulaires et 2 plasmas.",
             f"Dossier hospitalier : {p['mrn']}",
             "## Section 3 — Attestation",
             f"Rempli par {ts.full}, {ts.role_fr}."]
    text = (f"Bonjour,\n\nVous trouverez ci-joint le formulaire de demande de prestations pour "
            f"{name_as(p, 'title_fr')}, rempli avec elle. La demande d'aide financière d'urgence est aussi en cours.\n\n"
            + ts.signature("fr", rng))
    if p["sex"] == "M":
        text = text.replace("avec elle", "avec lui")
    return spec("victim_compensation", "fr", ts.addr(), [ext_addr("Indemnisation des victimes", "demandes", "biv-boreal.example")],
                pick(rng, ["Demande de prestations - victime", "Formulaire BIV rempli", "Demande d'indemnisation"]),
                text=text, atts=[att_docx(f"Demande_BIV_{p['surname']}.docx", "Demande de prestations", paras,
                                          author=ts.full)],
                types=T, note="victim compensation form with SIN, DOCX", ids=[("ca_sin", sin)])


def attachment_only(w, k):
    rng = w.rng
    p = w.nam_patient(age_min=18) if k == 0 else w.patient()
    cst = w.staff("cst", hospital=p["hosp"])
    hem = w.staff("hemato")
    T = {"patient_name", "mrn", "diagnosis", "lab_result", "medication"}
    lines = [f"Patient : {name_as(p, 'upper_first')}   Dossier : {p['mrn']}"]
    if p["nam"]:
        lines.append(f"NAM : {nam_str(p, 'plain')}   DDN : {date_fr(p['dob'], 0)}   Sexe : {p['sex']}")
        T |= {"ramq_nam", "date_of_birth"}
    lines += ["## Événement",
              f"Réaction au cours de la transfusion d'un CG le {date_fr(shift(w.today, -rng.randint(2, 9)), 2)} :",
              f"hypotension {rng.randint(70, 85)}/{rng.randint(40, 50)}, fièvre {rng.randint(385, 401) / 10} °C, douleur lombaire.",
              "## Analyses",
              f"TDA post : positif IgG 2+. Hb pré {rng.randint(75, 85)} / post {rng.randint(64, 74)} g/L. LDH {rng.randint(500, 1200)}.",
              "Reprise du groupe : aucune erreur d'identification décelée. Éluat : anti-Jkb.",
              "## Conclusion",
              "Réaction hémolytique retardée (anti-Jkb). Imputabilité : probable. Gravité : 2.",
              "Traitement : soluté, acétaminophène; produits Jk(b-) pour toute transfusion future.",
              f"Investigation : {cst.full}. Révision médicale : {hem.dr('fr')}."]
    fname = pick(rng, [f"Investigation RT {p['surname']} {p['given']}.pdf", f"RT_{p['surname'].upper()}_{p['mrn']}.pdf",
                       f"enquête réaction - {p['surname'].lower()}.pdf"])
    text = pick(rng, ["Bonjour,\n\nVoici le rapport d'investigation pour révision et signature.\n\nMerci\n",
                      "Rapport en pièce jointe. À signer d'ici vendredi SVP.\n",
                      "Bonjour,\n\nComme convenu, le rapport final est joint.\n\nBonne journée\n"]) + cst.signature("fr", rng)
    return spec("reaction_investigation", "fr", cst.addr(), [hem.addr()],
                pick(rng, ["Rapport d'investigation à signer", "Rapport RT - révision", "Investigation terminée"]),
                text=text, atts=[att_pdf(fname, "Investigation de réaction transfusionnelle", lines, author=cst.full,
                                         fn_style=pick(rng, ["2231", "2047name", "2231force"]))],
                types=T, note="transfusion reaction investigation only in PDF", nams=[p] if p["nam"] else [])


def subject_only(w, k):
    rng = w.rng
    p = w.patient(age_lo=50, age_hi=95)
    inf = w.staff("inf", hospital=p["hosp"])
    tm = w.staff("tm", hospital=p["hosp"])
    room = rng.randint(301, 640)
    hb = rng.randint(58, 70)
    subj = pick(rng, [f"{name_as(p, 'title_fr')} ch. {room} - Hb {hb}, 2 CG ce soir?",
                      f"{p['surname'].upper()} {p['given']} / {room} / culots",
                      f"Re: {name_as(p, 'sur_given')} - sang pour demain"])
    text = (f"Bonjour,\n\nHb à {hb} g/L ce matin, {'elle' if p['sex'] == 'F' else 'il'} est connu{_e(p)} pour une néoplasie "
            f"{pick(rng, ['du côlon', 'gastrique', 'de la vessie'])} avec saignement chronique. "
            "Le médecin a prescrit 2 CG, est-ce possible de les avoir avant 20 h? Le prélèvement est parti à 13 h.\n\n"
            f"Merci!\n{inf.given}, inf. {pick(rng, ['4B', '5 Sud', '3A'])}")
    T = {"patient_name", "lab_result", "diagnosis"}
    return spec("blood_request", "fr", inf.addr(), [tm.addr()], subj, text=text, types=T,
                note="nurse asks for red cells, name only in Subject")


def massive_transfusion(w, k):
    rng = w.rng
    p = w.patient(sex="F" if k == 0 else None, age_lo=24, age_hi=80)
    cst = w.staff("cst", hospital=p["hosp"])
    gest = w.staff("gest")
    hem = w.staff("hemato")
    cause = "hémorragie post-partum (atonie utérine)" if k == 0 else pick(rng, ["rupture d'anévrisme de l'aorte abdominale",
                                                                               "polytraumatisme (accident de VTT)"])
    cg, pl, pq = rng.randint(8, 18), rng.randint(4, 12), rng.randint(1, 3)
    T = {"patient_name", "mrn", "diagnosis", "lab_result", "medication"}
    rows = [("Heure", "Événement"), ("T0", "Activation PTM par l'urgence"),
            ("T0+12 min", "Glacière 1 : 4 CG O nég, 4 PC AB"),
            ("T0+35 min", f"Fibrinogène {rng.randint(8, 13) / 10} g/L : RiaSTAP 4 g"),
            ("T0+50 min", "Acide tranexamique 1 g IV (2e dose)"),
            ("T0+2 h", f"Désactivation, patient{_e(p)} stable au bloc")]
    html = ("<html><body style=\"font-family:Arial\"><p>Bonjour,</p>"
            f"<p>Retour sur l'activation du protocole de transfusion massive de la nuit du {date_fr(shift(w.today, -1), 2)} "
            f"pour <b>{name_as(p, 'upper_first')}</b> (dossier {mrn_str(p, 'plain')}), {cause}.</p>"
            f"<p>Total : {cg} CG, {pl} plasmas, {pq} dose{'s' if pq > 1 else ''} de plaquettes. Aucun délai de livraison &gt; 15 min.</p>"
            "<table border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse\">" +
            "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) +
            "</table><p>Point à discuter au comité : passage au groupe spécifique retardé (échantillon hémolysé).</p>"
            f"<p>{cst.full}<br>{cst.role_fr}<br>{cst.hospital['fr']}</p></body></html>")
    return spec("massive_transfusion", "fr", cst.addr(), [gest.addr(), hem.addr()],
                pick(rng, ["Retour PTM de cette nuit", "Debriefing protocole transfusion massive", "PTM - résumé"]),
                html=html, types=T, note="massive transfusion protocol debrief")


def nir_patient(w, k):
    rng = w.rng
    p = w.patient(age_lo=19, age_hi=70)
    nir = make_nir(rng, p["dob"], p["sex"])
    commis = w.staff("commis", hospital=p["hosp"])
    adm = w.staff("commis", hospital=p["hosp"])
    T = {"patient_name", "fr_nir", "date_of_birth", "diagnosis", "mrn"}
    dx = pick(rng, ["appendicite perforée avec anémie postop (2 CG)", "fracture ouverte du tibia, transfusée 2 CG",
                    "hémorragie digestive basse, 3 CG"])
    text = (f"Bonjour {adm.given},\n\nPour la facturation dans le cadre de l'entente de sécurité sociale France-Québec, "
            f"il manque le formulaire de la caisse pour {name_as(p, pick(rng, ['title_full_fr', 'upper_first']))}, "
            f"{_ne(p)} le {date_fr(p['dob'], 1)}, dossier {p['mrn']}.\n"
            f"NIR : {nir_fmt(nir, pick(rng, ['std', 'plain', 'dot']))}\n"
            f"Séjour : {dx}.\n\n"
            f"{'Elle' if p['sex'] == 'F' else 'Il'} étudie à l'université et retourne en France le mois prochain; "
            "pouvez-vous le récupérer avant son congé?\n\n" + commis.signature("fr", rng))
    return spec("billing_nir", "fr", commis.addr(), [adm.addr()],
                pick(rng, [f"Patient{_e(p)} français{_e(p)} - formulaire entente", f"Facturation patient{_e(p)} France - NIR",
                           "Entente France-Québec : document manquant"]),
                text=text, types=T, note="billing for French patient with NIR", ids=[("fr_nir", nir)])


def niss_patient(w, k):
    rng = w.rng
    p = w.patient(age_lo=25, age_hi=78)
    niss = make_niss(rng, p["dob"], p["sex"])
    md = w.staff("md", hospital=p["hosp"])
    tm = w.staff("tm_chef", hospital=p["hosp"])
    T = {"patient_name", "be_niss", "date_of_birth", "diagnosis", "lab_result"}
    text = (f"Bonjour,\n\nTouriste belge admis{_e(p)} hier : {name_as(p, pick(rng, ['sur_given', 'full', 'upper_first']))}, "
            f"DDN {date_fr(p['dob'], 4)}, numéro national (NISS) {niss_fmt(niss, pick(rng, ['std', 'plain', 'space']))}.\n"
            f"{pick(rng, ['Thalassémie intermédiaire', 'Drépanocytose SC', 'Maladie de Willebrand type 1'])} connue, "
            f"suivi{_e(p)} à Liège. Hb {rng.randint(65, 85)} g/L.\n\n"
            "Son centre de transfusion nous a envoyé le phénotype étendu et l'historique d'anticorps (anti-S). "
            "Pouvez-vous les saisir dans le SIL avant la commande de sang?\n\n" + md.signature("fr", rng))
    return spec("foreign_patient", "fr", md.addr(), [tm.addr()],
                pick(rng, ["Patient belge - historique transfusionnel", "Phénotype et anticorps - touriste belge"]),
                text=text, types=T, note="Belgian patient transfusion history", ids=[("be_niss", niss)])


def booking_ics(w, k):
    rng = w.rng
    p = w.patient(age_lo=20, age_hi=85)
    pivot = w.staff("inf_pbm", hospital=p["hosp"])
    commis = w.staff("commis", hospital=p["hosp"])
    d = shift(w.today, rng.randint(3, 14))
    start = datetime.datetime(d.year, d.month, d.day, rng.randint(8, 13), 0)
    end = start + datetime.timedelta(hours=rng.randint(1, 4))
    T = {"patient_name", "mrn"}
    if k == 0:
        what = f"IgIV (Privigen) {rng.randint(25, 70)} g — PTI"
        T |= {"medication", "diagnosis"}
    elif k == 1:
        what = f"Fer IV Monoferric 1000 mg — ferritine {rng.randint(5, 15)}"
        T |= {"medication", "lab_result"}
    else:
        what = "Clinique de jour d'hématologie — visite et perfusion"
    desc = f"{name_as(p, 'upper_first')} — dossier {p['mrn']}\n{what}\nFauteuil {rng.randint(1, 12)}"
    ics = att_ics("rendez-vous.ics", uid=f"rdv-{p['mrn']}-{d:%Y%m%d}@{'trois-rivages.example'}",
                  start=start, end=end, summary=f"{p['surname']}, {p['given']} - perfusion", description=desc,
                  location=f"Clinique de jour, {p['hosp']['fr']}", organizer=(pivot.full, pivot.email),
                  attendees=[(commis.full, commis.email)])
    text = (f"Bonjour {commis.given},\n\nPeux-tu réserver un fauteuil pour {name_as(p, 'title_full_fr')} "
            f"({mrn_str(p, pick(rng, ['plain', 'space', 'slash']))}) le {date_fr(d, 2)} à {start:%H} h? "
            "L'invitation est jointe.\n\nMerci\n" + pivot.given)
    return spec("booking", "fr", pivot.addr(), [commis.addr()], pick(rng, ["Réservation fauteuil clinique de jour",
                                                                         "RDV perfusion", "Booking clinique de jour"]),
                text=text, atts=[ics], types=T, note="day clinic infusion booking with ICS")


def discharge_docx(w, k):
    rng = w.rng
    p = w.nam_patient(age_min=45)
    hem = w.staff("hemato")
    md = w.staff("md")
    admit = shift(w.today, -rng.randint(6, 20))
    T = {"patient_name", "ramq_nam", "date_of_birth", "diagnosis", "lab_result", "medication", "mrn"}
    paras = [f"Patient : {p['surname'].upper()}, {p['given']} — {_ne(p)} le {date_fr(p['dob'], 2)} — sexe {p['sex']}",
             f"NAM : {nam_str(p, 'space')} — Dossier : {p['mrn']}",
             f"Admission : {date_fr(admit, 0)}   Congé : {date_fr(w.today, 0)}",
             "## Diagnostic principal",
             pick(rng, ["Syndrome myélodysplasique à haut risque, dépendance transfusionnelle",
                        "Purpura thrombopénique immunologique réfractaire",
                        "Hémorragie digestive haute sur angiodysplasies, anémie ferriprive"]),
             "## Évolution",
             f"Hb à l'admission {rng.randint(52, 70)} g/L, {rng.randint(2, 6)} CG transfusés sans réaction. "
             f"Hb au congé {rng.randint(85, 99)} g/L.",
             "## Médication au congé",
             pick(rng, ["Azacitidine cycle 4 à la clinique externe; déférasirox (Jadenu) 14 mg/kg/j",
                        "Romiplostim 3 µg/kg SC hebdomadaire; prednisone en sevrage",
                        "Pantoprazole 40 mg BID; fer IV à la clinique PBM"]),
             "## Suivi", f"Clinique d'hématologie dans 2 semaines avec FSC. {hem.dr('fr')}."]
    text = pick(rng, [f"Bonjour {md.dr('fr')},\n\nCi-joint le sommaire d'hospitalisation de votre patient{_e(p)}.\n\n",
                      "Sommaire de congé joint pour votre dossier.\n\n"]) + hem.signature("fr", rng)
    fname = pick(rng, [f"Sommaire_{p['mrn']}.docx", f"sommaire congé {p['surname']}.docx"])
    return spec("discharge_summary", "fr", hem.addr(), [md.addr()],
                pick(rng, ["Sommaire d'hospitalisation", "Sommaire de congé - hématologie"]),
                text=text, atts=[att_docx(fname, "Sommaire d'hospitalisation — Hématologie", paras, author=hem.full)],
                types=T, note="hematology discharge summary, DOCX", nams=[p])
