"""Positive templates, part D: income support, web forms, requisitions, voicemail, deaths, exports."""
import datetime as dt

import gen_attach as A
import gen_data as D
from gen_common import quote
from gen_mime import Mail


def income_support_letter(c):
    p = c.patient()
    t = c.trial_for(p)
    sw = ("Nathalie-Ann Poitras", f"napoitras@{D.ORG['dom']}")
    coord = c.rng.choice([D.STAFF[1], D.STAFF[2], D.STAFF[15]])
    c.types.update({"patient_name", "social_information", "patient_contact"})
    sin = c.sin(p)
    c.dx(t)
    amt = c.pick([300, 450, 600])
    paras = [c.L("Ministère de l'Emploi et de la Solidarité sociale - Centre local d'emploi", "Ministère de l'Emploi et de la Solidarité sociale - local employment centre"),
             c.L(f"Objet : prestataire {p.given} {p.surname}, NAS {sin}", f"Re: recipient {p.given} {p.surname}, SIN {sin}"),
             c.L(f"Adresse : {p.street}, {p.city} {p.postal}", f"Address: {p.street}, {p.city} {p.postal}"),
             c.L(f"Nous confirmons que la personne nommée ci-dessus, prestataire de l'aide sociale, participe à une étude "
                 f"clinique au CHUSV ({t['dx_fr']}). Elle reçoit une indemnité de {amt} $ couvrant uniquement ses frais "
                 f"de déplacement et de repas, qui ne constitue pas un revenu de travail.",
                 f"We confirm that the above-named income assistance recipient takes part in a clinical study at CHUSV "
                 f"({t['dx_en']}). The ${amt} allowance covers travel and meal costs only and is not employment income."),
             c.L("Travailleuse sociale, CHUSV", "Social worker, CHUSV")]
    att = A.docx(c.L(f"attestation_MESS_{p.surname}.docx", f"MESS_letter_{p.surname}.docx"),
                 c.L("Attestation - indemnité de participation", "Letter - participation allowance"), paras)
    body = c.L(f"{coord[0]},\n\nVoici l'attestation pour l'agente d'aide sociale de ta participante/ton participant ; "
               f"peux-tu la faire signer par Dr {c.pi(t)[1]} et l'envoyer au CLE ?\n\nNathalie-Ann\nService social",
               f"{coord[0]},\n\nHere is the letter for your participant's income assistance agent; can you have "
               f"Dr {c.pi(t)[1]} sign it and send it to the employment centre?\n\nNathalie-Ann\nSocial work")
    subj = c.L("Attestation aide sociale - participant(e)", "Income assistance letter - participant")
    m = Mail(c.lang, "social", sw, [D.staff_addr(coord)], subj, body, attachments=[att])
    return "income_support_letter", m, "income assistance letter for a participant with SIN"


def web_selfreferral(c):
    p = c.patient()
    t = c.trial_for(p)
    coord = c.rng.choice([D.STAFF[1], D.STAFF[2], D.STAFF[15]])
    med = c.meds(t["area"], 1)[0]
    dx = c.dx(t)
    rows = [(c.L("Nom", "Name"), c.name(p, style=c.pick([0, 2, 5]))),
            (c.L("Date de naissance", "Date of birth"), c.dob(p)),
            (c.L("Téléphone", "Phone"), c.contact_phone(p)),
            (c.L("Maladie ou condition", "Condition"), dx),
            (c.L("Médicaments actuels", "Current medication"), med),
            (c.L("Étude d'intérêt", "Study of interest"), t["code"]),
            (c.L("Meilleur moment pour appeler", "Best time to call"), c.pick(["matin", "soir", "fin de semaine"]) if c.lang == "fr" else c.pick(["morning", "evening", "weekend"]))]
    intro = c.L("Nouvelle soumission du formulaire « Je veux participer »", 'New submission of the "I want to take part" form')
    trs = "\n".join(f"<tr><td style=\"background:#eef\"><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
    html_body = (f"<!DOCTYPE html>\n<html><head><meta charset=\"{{CS}}\"></head><body>\n"
                 f"<p>{intro}</p>\n"
                 f"<table border=\"1\" cellpadding=\"4\">\n{trs}\n</table>\n"
                 f"<p style=\"color:#777;font-size:9pt\">{c.L('Message automatique - recherche.chusv.example', 'Automatic message - recherche.chusv.example')}</p>\n"
                 f"</body></html>\n")
    text = "\n".join(f"{k}: {v}" for k, v in rows)
    subj = c.L(f"[Formulaire web] Je veux participer - {t['code']}", f"[Web form] I want to take part - {t['code']}")
    m = Mail(c.lang, "webform", ("Formulaire web CHUSV", f"no-reply@{D.ORG['dom']}"), [D.staff_addr(coord)], subj, text,
             html_body=html_body, prefer={"body": c.pick(["html", "html", "alt"])})
    return "web_selfreferral", m, "website self-referral form submission"


def lab_requisition(c):
    p = c.bank.take_nam(child=c.rng.random() < 0.2)
    t = c.trial_for(p)
    nurse = c.rng.choice([D.STAFF[0], D.STAFF[8], D.STAFF[14]])
    prel = ("Centre de prélèvements", "Blood collection centre", f"prelevements@{D.ORG['dom']}")
    c.types.update({"patient_name", "date_of_birth", "diagnosis"})
    day = c.future(1, 10)
    tests = c.pick([["FSC", "électrolytes", "créatinine", "NT-proBNP"], ["HbA1c", "bilan lipidique", "créatinine", "lipase"],
                    ["FSC", "AST/ALT", "bilirubine", "TSH"]])
    lines = [c.L("REQUÊTE DE LABORATOIRE - RECHERCHE", "LABORATORY REQUISITION - RESEARCH"),
             f"{c.L('Nom', 'Name')}: {p.surname.upper()}, {p.given}",
             f"{c.L('Date de naissance', 'Date of birth')}: {D.fmt_date(p.dob, c.lang, 0)}   {c.L('Sexe', 'Sex')}: {p.sex}",
             f"NAM: {c.nam(p, c.pick([0, 1, 2]))}",
             f"{c.L('Étude', 'Study')}: {t['code']} ({t['proto']}) - {t['dx_fr'] if c.lang == 'fr' else t['dx_en']}",
             f"{c.L('Analyses', 'Tests')}: " + ", ".join(tests),
             f"{c.L('Date de prélèvement', 'Collection date')}: {day.isoformat()}   {c.L('À jeun', 'Fasting')}: {c.L('oui', 'yes')}",
             f"{c.L('Prescripteur', 'Ordering physician')}: Dr {c.pi(t)[0]} {c.pi(t)[1]}"]
    fn = c.pick([f"requete_{p.surname}_{day:%Y%m%d}.pdf", f"req_{t['proto']}_{day:%Y%m%d}.pdf"])
    att = A.pdf(fn, c.L("Requête", "Requisition"), lines)
    body = c.L(f"Bonjour,\n\nRequête ci-jointe pour un prélèvement protocolaire le {c.d(day, 2)}. Les tubes de la "
               f"trousse centrale seront apportés par l'unité de recherche.\n\n{D.signature(nurse, 'fr', c.rng)}",
               f"Hello,\n\nRequisition attached for a protocol draw on {c.d(day, 2)}. Central-lab kit tubes will be "
               f"brought by the research unit.\n\n{D.signature(nurse, 'en', c.rng)}")
    subj = c.L("Requête prélèvement recherche", "Research blood draw requisition")
    m = Mail(c.lang, "lab", D.staff_addr(nurse), [(c.L(prel[0], prel[1]), prel[2])], subj, body, attachments=[att])
    return "lab_requisition", m, "research lab requisition with health number"


def voicemail(c):
    p = c.patient()
    t = c.trial_for(p)
    coord = c.rng.choice([D.STAFF[1], D.STAFF[2], D.STAFF[15]])
    ph = c.contact_phone(p)
    c.types.add("patient_name")
    c.dx(t)
    ev = c.pick([c.L("j'ai fait une chute hier soir dans l'escalier, j'ai mal à la hanche", "I fell on the stairs last night and my hip hurts"),
                 c.L("je fais de la fièvre depuis deux jours, 38,9 ce matin", "I've had a fever for two days, 38.9 this morning"),
                 c.L("j'ai oublié de prendre mes comprimés de l'étude toute la semaine", "I forgot to take my study pills all week")])
    if "38" in ev:
        c.types.add("lab_result")
    dur = f"0:{c.rng.randrange(20, 59)}"
    body = c.L(f"Message vocal reçu sur la ligne recherche (418 555-0150)\nDe : {ph}\nDurée : {dur}\n\n"
               f"Transcription (automatique) :\n« Oui bonjour, c'est {p.given} {p.surname}, je suis dans l'étude "
               f"{t['code']} avec le docteur {c.pi(t)[1]}... {ev}. Pouvez-vous me rappeler ? Merci. »",
               f"Voicemail received on the research line (418 555-0150)\nFrom: {ph}\nLength: {dur}\n\n"
               f"Transcript (automatic):\n\"Hi, this is {p.given} {p.surname}, I'm in the {t['code']} study with "
               f"Dr {c.pi(t)[1]}... {ev}. Could you call me back? Thanks.\"")
    subj = c.L(f"Message vocal de {ph}", f"Voicemail from {ph}")
    m = Mail(c.lang, "voicemail", (c.L("Messagerie vocale", "Voicemail"), f"voicemail@{D.ORG['dom']}"), [D.staff_addr(coord)],
             subj, body, prefer={"body": "plain"})
    return "voicemail", m, "voicemail transcript from a participant"


def death_notification(c):
    p = c.patient()
    while c.bank.is_child(p):
        p = c.patient()
    t = c.trial_for(p)
    coord = c.rng.choice([D.STAFF[1], D.STAFF[2], D.STAFF[15]])
    pi = c.pi(t)
    nm = c.name(p, style=c.pick([0, 1, 5]), title=c.rng.random() < 0.5)
    mr = c.mrn(p)
    cause = c.sae(t["area"])
    dday = c.past(1, 6)
    if c.lang == "fr":
        subj = f"Décès d'un participant - {t['code']}"
        body = (f"Dr {pi[1]},\n\nJ'ai appris ce matin par la famille le décès de {nm} (dossier {mr}), survenu le "
                f"{c.d(dday, 2)} à domicile. Selon sa fille, la cause serait {cause}; le certificat n'est pas encore "
                f"disponible. Il faut déclarer comme EIG fatal dans les 24 h. Je prépare le formulaire.\n\n{coord[0]}")
    else:
        subj = f"Participant death - {t['code']}"
        body = (f"Dr {pi[1]},\n\nThe family told me this morning that {nm} (chart {mr}) died at home on {c.d(dday, 2)}. "
                f"According to the daughter the cause was {cause}; the certificate is not yet available. This needs to "
                f"go in as a fatal SAE within 24 h. I'm preparing the form.\n\n{coord[0]}")
    m = Mail(c.lang, "sae", D.staff_addr(coord), [D.doc_addr(pi)], subj, body, extra_headers=[("Importance", "high")])
    return "death_notice", m, "internal notice of a participant's death"


def redcap_export(c):
    t = c.trial(c.pick(["endo", "cardio", "nephro"]))
    dm = D.STAFF[5]
    stat = ("Statisticien - Unité de biostatistique", f"biostat@{D.ORG['dom']}")
    n = c.rng.randrange(5, 9)
    people = [c.patient_for(t) for _ in range(n)]
    rows = [["record_id", "nom", "prenom", "ddn", "telephone", "visit", "lab_value"] if c.lang == "fr"
            else ["record_id", "last_name", "first_name", "dob", "phone", "visit", "lab_value"]]
    for i, p in enumerate(people, 1):
        rows.append([str(i), p.surname, p.given, c.dob(p, 0), c.contact_phone(p), c.pick(["baseline", "week_12", "week_24"]),
                     c.lab(t["area"], 1)[0]])
    c.types.add("patient_name")
    c.dx(t)
    att = A.csv(f"{t['proto']}_DATA_{c.date:%Y-%m-%d_%H%M}.csv", rows)
    prev = c.L("Peux-tu m'envoyer l'export pour l'analyse intérimaire ? Version dépersonnalisée seulement SVP.",
               "Can you send me the export for the interim analysis? De-identified version only please.")
    body = c.L(f"Voilà l'export REDCap de {t['code']} ({t['dx_fr']}).\n\n{dm[0]}\n\n" + quote(prev, stat[0], c.d(c.past(1, 3), 2), "fr"),
               f"Here's the {t['code']} REDCap export ({t['dx_en']}).\n\n{dm[0]}\n\n" + quote(prev, stat[0], c.d(c.past(1, 3), 2), "en"))
    subj = c.L(f"RE: Export {t['code']} pour analyse intérimaire", f"RE: {t['code']} export for interim analysis")
    m = Mail(c.lang, "data", D.staff_addr(dm), [stat], subj, body, attachments=[att])
    return "data_export", m, "identified data export sent instead of de-identified one"


def european_records_request(c):
    p = c.bank.take_other(False)
    t = c.trial_for(p)
    coord = c.rng.choice([D.STAFF[1], D.STAFF[2], D.STAFF[15]])
    c.bank.foreign = getattr(c.bank, "foreign", 0) + 1
    belgian = c.bank.foreign % 2 == 1
    hosp = c.pick([("Cliniques universitaires de la Meuse", "cumeuse.example"), ("CHR de la Haute-Senne", "chr-hautesenne.example")]) \
        if belgian else c.pick([("CHU de Loire-Atlantique Nord", "chu-lan.example"), ("Hôpital Saint-Aubert, Lyon", "hsa-lyon.example")])
    nm = c.name(p, style=c.pick([1, 0, 7]), title=True)
    dob = c.dob(p)
    ident = ("NISS " + c.niss(p)) if belgian else (c.L("NIR ", "NIR (French social security no.) ") + c.nir(p))
    dx = c.dx(t)
    med = c.meds(t["area"], 1)[0]
    if c.lang == "fr":
        subj = f"Demande de dossier médical - {nm}"
        body = (f"Madame, Monsieur,\n\nVotre ancien(ne) patient(e) {nm}, né(e) le {dob}, {ident}, s'est installé(e) au "
                f"Québec et est évalué(e) pour une étude clinique au CHUSV ({dx}). Avec son consentement écrit (ci-joint), "
                f"nous sollicitons copie des comptes rendus de consultation et des résultats d'examens des trois dernières "
                f"années, notamment l'historique de traitement par {med}.\n\n{c.bye()}\n\n{D.signature(coord, 'fr', c.rng)}")
    else:
        subj = f"Medical records request - {nm}"
        body = (f"Dear colleagues,\n\nYour former patient {nm}, born {dob}, {ident}, has moved to Quebec and is being "
                f"assessed for a clinical study at CHUSV ({dx}). With their written consent (attached), we request copies "
                f"of consultation notes and test results for the last three years, including treatment history with {med}."
                f"\n\n{c.bye()}\n\n{D.signature(coord, 'en', c.rng)}")
    consent = A.pdf(c.L("autorisation_communication.pdf", "release_authorization.pdf"), c.L("Autorisation", "Authorization"),
                    [c.L("Autorisation de communication de renseignements", "Authorization to release information"),
                     f"{p.given} {p.surname} - {D.fmt_date(p.dob, c.lang, 0)}",
                     c.L("Destinataire : CHUSV, Bureau de la recherche clinique", "Recipient: CHUSV Clinical Research Office")])
    m = Mail(c.lang, "records", D.staff_addr(coord), [(hosp[0], f"archives@{hosp[1]}")], subj, body, attachments=[consent])
    return "records_request_eu", m, "records request to a European hospital with national number"


def ottawa_transfer(c):
    p = c.bank.take_other(False)
    t = c.trial_for(p)
    coord = c.rng.choice([D.STAFF[1], D.STAFF[2]])
    pi = c.pi(t)
    src = ("Dr Aaron Whitfield", "awhitfield@riverside-ottawa.example")
    nm = c.name(p, style=c.pick([0, 1, 8]))
    dob = c.dob(p)
    hn = c.ohip(p)
    labs = c.lab(t["area"], 2)
    dx = c.dx(t)
    inner = c.L(f"Bonjour,\n\nJe vous réfère {nm} (DDN {dob}, carte Santé Ontario {hn}), suivi(e) ici pour {dx}. "
                f"Derniers résultats : {labs[0]}, {labs[1]}. Elle/il a demandé à être évalué(e) pour votre étude "
                f"{t['code']} puisqu'elle/il travaille maintenant à Gatineau.\n\nAaron Whitfield, MD\nRiverside Ottawa Hospital",
                f"Hello,\n\nReferring {nm} (DOB {dob}, Ontario health card {hn}), followed here for {dx}. Latest: "
                f"{labs[0]}, {labs[1]}. They asked to be assessed for your {t['code']} study since they now work in "
                f"Gatineau.\n\nAaron Whitfield, MD\nRiverside Ottawa Hospital")
    from gen_common import fwd_block
    body = c.L(f"Dr {pi[1]}, référence de l'Ontario pour {t['code']} ci-dessous. Je vérifie l'admissibilité (hors province).\n\n{coord[0]}\n\n",
               f"Dr {pi[1]}, Ontario referral for {t['code']} below. I'm checking eligibility (out of province).\n\n{coord[0]}\n\n") \
        + fwd_block(inner, f"{src[0]} <{src[1]}>", f"recherche@{D.ORG['dom']}", c.d(c.past(1, 4), 2),
                    c.L("Référence - étude", "Referral - study"), c.lang)
    subj = c.L(f"TR: Référence - étude {t['code']}", f"FW: Referral - {t['code']} study")
    m = Mail(c.lang, "referral", D.staff_addr(coord), [D.doc_addr(pi)], subj, body)
    return "ontario_referral", m, "forwarded Ontario referral with health card number"


TEMPLATES = [income_support_letter, web_selfreferral, lab_requisition, voicemail, death_notification, redcap_export,
             european_records_request, ottawa_transfer]
