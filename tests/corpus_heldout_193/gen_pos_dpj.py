"""Positive messages: youth protection liaison (DPJ / DYP)."""
import datetime

import gen_attach as A
from gen_common import (DOM, HOSP, HOSP_EN, fmt_date, fmt_sin, signature, table_text,
                        text_to_html, html_table)
from gen_person import Person
from gen_pos_school import kid, spec

DPJ_RECEPT = ("Réception-traitement des signalements DPJ", f"rts.dpj@{DOM}")
DPJ_RECEPT_EN = ("DYP Intake - Youth Protection", f"dyp.intake@{DOM}")


def _quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


# ------------------------------------------------------------------ D1
def dpj_report(g, lang, nam=None):
    ts = g.staff()
    k = kid(g, nam, 2009, 2020)
    mom = Person.invented(g, "adult", sex="F", lo=1985, hi=2000)
    dad = Person.invented(g, "adult", sex="M", lo=1980, hi=1998)
    addr = g.address(lang)
    ph = g.phone()
    motif = g.choice(["neglect", "violence", "substance"])
    T = {"patient_name", "date_of_birth", "social_information", "patient_contact"}
    if k.nam:
        T.add("ramq_nam")
    kform = g.choice(["docx", "pdf", "body"])
    if lang == "fr":
        facts = {
            "neglect": f"Absences répétées à l'école (22 jours depuis septembre), hygiène déficiente, "
                       f"{k.given} arrive sans dîner 3-4 jours par semaine. Carie importante non traitée "
                       "(douleur rapportée à l'infirmière). Mère rencontrée à deux reprises, collabore peu.",
            "violence": f"{k.given} a confié à l'infirmière scolaire avoir vu son père pousser sa mère contre "
                        "le mur samedi soir; police venue au domicile selon l'enfant. Enfant craintif, "
                        "ne veut pas rentrer à la maison. Ecchymose au bras gauche (explication vague).",
            "substance": f"Mère en état d'intoxication apparent lors de la visite à domicile du 14 (propos "
                         f"incohérents, odeur d'alcool), enfant seul{'e' if k.sex == 'F' else ''} au salon à 11 h. Consommation de "
                         "cocaïne rapportée par la grand-mère. Logement insalubre (moisissures).",
        }[motif]
        lines = ["## Enfant visé par le signalement", k.ident_block("fr", g),
                 f"Adresse : {addr}", f"Téléphone (domicile) : {ph}",
                 "## Parents", f"Mère : {mom.sur_first()} — né(e) {mom.dob_s('iso')}",
                 f"Père : {dad.sur_first()} — adresse inconnue",
                 "## Faits rapportés", facts,
                 "## Signalant", f"{ts['name']}, travailleuse sociale, CLSC de Saint-Aurèle",
                 "Les parents ne sont pas informés du signalement."]
        lines = [x for l in lines for x in l.split("\n")]
        subject = g.choice(["Signalement - urgence 24 h", "SIGNALEMENT DPJ", "Signalement écrit suite à l'appel de ce matin",
                            f"Signalement {k.name('sur_first')}"])
        intro = ("Bonjour,\n\nTel que convenu au téléphone avec l'intervenante de garde ce matin, voici le "
                 "signalement écrit. Je demeure disponible pour toute information complémentaire.")
        title = "Signalement (art. 39 LPJ)"
        fname = g.choice(["signalement.docx", f"signalement_{k.surname}.docx", "formulaire signalement.docx"]) \
            if kform == "docx" else g.choice(["signalement.pdf", f"Signalement {k.given} {k.surname}.pdf"])
        sig = signature(g, ts, "Travailleuse sociale, équipe jeunesse", "fr")
    else:
        facts = {
            "neglect": f"Repeated absences from school (22 days since September), poor hygiene, {k.given} "
                       "comes without lunch 3-4 days a week. Large untreated cavity (pain reported to the "
                       "school nurse). Mother met twice, limited cooperation.",
            "violence": f"{k.given} told the school nurse that Dad pushed Mom against the wall on Saturday "
                        "night; police came to the home according to the child. Child fearful, does not want "
                        "to go home. Bruise on left arm (vague explanation).",
            "substance": "Mother appeared intoxicated during the home visit on the 14th (incoherent, smell of "
                         "alcohol), child alone in the living room at 11 am. Cocaine use reported by the "
                         "grandmother. Unsanitary housing (mould).",
        }[motif]
        lines = ["## Child", k.ident_block("en", g), f"Address: {addr}", f"Home phone: {ph}",
                 "## Parents", f"Mother: {mom.sur_first()} - DOB {mom.dob_s('iso')}",
                 f"Father: {dad.sur_first()} - address unknown", "## Facts reported", facts,
                 "## Reporter", f"{ts['name']}, social worker, Saint-Aurèle CLSC",
                 "Parents have not been told about the report."]
        lines = [x for l in lines for x in l.split("\n")]
        subject = g.choice(["Report to DYP - 24 h", "YOUTH PROTECTION REPORT", "Written report following this morning's call",
                            f"DYP report {k.name('sur_first')}"])
        intro = ("Hello,\n\nAs agreed on the phone with the worker on call this morning, here is the written "
                 "report. I remain available for any further information.")
        title = "Report (s. 39 YPA)"
        fname = g.choice(["report.docx", f"DYP_report_{k.surname}.docx"]) if kform == "docx" else \
            g.choice(["report.pdf", f"Report {k.given} {k.surname}.pdf"])
        sig = signature(g, ts, "Social worker, youth team", "en")
    if motif == "neglect" or motif == "violence":
        T.add("diagnosis")
    atts = []
    if kform == "body":
        text = intro + "\n\n" + "\n".join(l[3:].upper() if l.startswith("## ") else l for l in lines) + "\n\n" + sig
    else:
        data = A.docx(title, lines) if kform == "docx" else A.pdf(title, lines)
        atts.append({"filename": fname, "kind": kform, "data": data})
        text = intro + "\n\n" + sig
    return spec("youth_protection_report", lang, "written youth protection report" if lang == "en"
                else "signalement écrit à la DPJ", T, (ts["name"], ts["email"]),
                [DPJ_RECEPT if lang == "fr" else DPJ_RECEPT_EN], subject, text, attachments=atts,
                persons=[k, mom])


# ------------------------------------------------------------------ D2
def dpj_liaison_reply(g, lang, nam=None):
    """Reply with quoted text: the new part is bland, the quote carries the details."""
    cl = g.staff()
    dpj = g.staff()
    k = kid(g, nam, 2014, 2022) if nam else Person.invented(g, "child", lo=2019, hi=2023)
    T = {"patient_name", "social_information"}
    d1 = g.date(2025, 2, 5)
    if lang == "fr":
        quoted = (f"Le {fmt_date(d1, 'fr_long')}, {dpj['name']} a écrit :\n"
                  f"Bonjour {cl['given']},\n\nPetite mise à jour pour {k.name(g.choice(['full', 'sur_first_plain']))} : "
                  f"{k.il('fr')} est placé{'e' if k.sex == 'F' else ''} en famille d'accueil à Sainte-Flore depuis le "
                  f"{fmt_date(d1 - datetime.timedelta(days=20), 'fr_long')} (mesures provisoires, audience en mars). "
                  "Les contacts avec la mère sont supervisés, 2 h par semaine au CLSC.\n\n"
                  "Est-ce que le suivi SIPPE peut continuer auprès de la famille d'accueil pour les vaccins "
                  "en retard (18 mois pas fait) et la référence en orthophonie ? Le Dr a aussi noté un retard "
                  f"de langage et une otite séreuse persistante.\n\nMerci,\n{dpj['name']}\n"
                  "Intervenante application des mesures, DPJ")
        new = g.choice(["Oui, pas de problème. Je contacte la famille d'accueil cette semaine et je te reviens.",
                        "Bien reçu, je m'en occupe. On peut en parler à la rencontre de jeudi.",
                        "Parfait, merci pour l'info. Je fais le lien avec l'infirmière."])
        subject = g.choice(["RE: mise à jour placement", "RE: Suivi - famille d'accueil", f"RE: {k.name('initials')}"])
        text = f"{new}\n\n{cl['given']}\n\n{_quote(quoted)}"
    else:
        quoted = (f"On {fmt_date(d1, 'en_long')}, {dpj['name']} wrote:\n"
                  f"Hi {cl['given']},\n\nQuick update on {k.name(g.choice(['full', 'sur_first_plain']))}: "
                  f"{k.il('en')} has been in a foster home in Sainte-Flore since "
                  f"{fmt_date(d1 - datetime.timedelta(days=20), 'en_long')} (interim measures, hearing in March). "
                  "Contact with mom is supervised, 2 h a week at the CLSC.\n\n"
                  "Can the early childhood nurse keep following with the foster family for the overdue "
                  "vaccines (18-month not done) and the speech referral? The doctor also noted a language "
                  "delay and persistent serous otitis.\n\nThanks,\n" + dpj["name"] + "\nDYP caseworker")
        new = g.choice(["Yes, no problem. I'll call the foster family this week and get back to you.",
                        "Got it, I'll take care of it. We can talk Thursday at the meeting.",
                        "Perfect, thanks. I'll loop in the nurse."])
        subject = g.choice(["RE: placement update", "RE: Follow-up - foster home", f"RE: {k.name('initials')}"])
        text = f"{new}\n\n{cl['given']}\n\n{_quote(quoted)}"
    T.add("diagnosis")
    if k.nam:
        T |= {"ramq_nam", "date_of_birth"}
        text += "\n>\n> " + k.ident_block(lang, g, sep="\n> ")
    return spec("reply_quoted", lang, "reply quoting a foster placement update" if lang == "en"
                else "réponse citant une mise à jour de placement", T, (cl["name"], cl["email"]),
                [(dpj["name"], dpj["email"])], subject, text, persons=[k],
                reply=True)


# ------------------------------------------------------------------ D3
def court_hearing(g, lang, nam=None):
    ts = g.staff()
    jur = g.staff()
    k = kid(g, nam, 2010, 2022)
    day = g.date(2025, 3, 6)
    start = datetime.datetime(day.year, day.month, day.day, 9, 30)
    end = start + datetime.timedelta(hours=2)
    T = {"patient_name", "social_information"}
    if lang == "fr":
        summ = g.choice([f"Audience Chambre de la jeunesse - {k.name('sur_first')}",
                         f"Tribunal jeunesse : {k.name('initials')} (prolongation placement)"])
        desc = (f"Audience pour {k.full()} - demande de prolongation du placement (art. 38 b.1 négligence). "
                "Apporter le rapport de suivi CLSC (visites, vaccination, développement). Salle 2.08.")
        loc = "Palais de justice de Saint-Aurèle, 300 rue de la Cour, salle 2.08"
        subject = f"Invitation : {summ}"
        text = (f"Bonjour {ts['given']},\n\nTu es cité{'e' if ts['sex'] == 'F' else ''} comme témoin à l'audience du "
                f"{fmt_date(day, 'fr_long')}. L'invitation est jointe. Peux-tu me transmettre ton rapport "
                "de suivi au plus tard une semaine avant ?\n\n" + jur["name"] + "\nContentieux, DPJ")
    else:
        summ = g.choice([f"Youth Court hearing - {k.name('sur_first')}",
                         f"Youth Court: {k.name('initials')} (placement extension)"])
        desc = (f"Hearing for {k.full()} - request to extend placement (s. 38 b.1 neglect). Bring the CLSC "
                "follow-up report (visits, immunization, development). Room 2.08.")
        loc = "Saint-Aurèle Courthouse, 300 rue de la Cour, room 2.08"
        subject = f"Invitation: {summ}"
        text = (f"Hi {ts['given']},\n\nYou are listed as a witness for the hearing on "
                f"{fmt_date(day, 'en_long')}. The invitation is attached. Could you send me your follow-up "
                "report at least a week before?\n\n" + jur["name"] + "\nLegal services, DYP")
    if k.nam:
        T |= {"ramq_nam", "date_of_birth"}
        desc += " " + k.ident_block(lang, g, sep=" / ")
    cal = A.ics(f"{g.randint(10**8, 10**9)}@{DOM}", start, end, summ, loc, desc,
                (jur["name"], jur["email"]), [(ts["name"], ts["email"])])
    return spec("hearing_invite", lang, "youth court hearing invitation" if lang == "en"
                else "invitation à une audience de la Chambre de la jeunesse", T,
                (jur["name"], jur["email"]), [(ts["name"], ts["email"])], subject, text,
                attachments=[{"filename": "invite.ics", "kind": "ics", "text": cal}], persons=[k])


# ------------------------------------------------------------------ D4
def foster_health(g, lang, nam=None):
    nurse = g.staff()
    ped = g.staff()
    k = kid(g, nam, 2016, 2023) if nam else Person.invented(g, "child", lo=2019, hi=2023)
    mrn = g.mrn()
    wt = round(g.uniform(9.5, 19.0), 1)
    T = {"patient_name", "mrn", "diagnosis", "medication", "lab_result", "social_information"}
    if lang == "fr":
        text = (f"Bonjour {ped['dr_fr']} {ped['surname']},\n\nÉvaluation de santé à l'arrivée en famille d'accueil "
                f"(placement DPJ du {fmt_date(g.date(2025, 1, 3), 'fr_long')}).\n\n"
                f"Enfant : {k.name(g.choice(['sur_first', 'full']))}, dossier {HOSP} : {mrn}\n"
                f"Poids {wt} kg (< 3e percentile), taille au 10e. Hb 101 g/L, ferritine 6 µg/L.\n"
                "Vaccination : 12 mois et 18 mois non reçus. Eczéma surinfecté aux plis.\n"
                "Rx débutée : Palafer 3 mg/kg/j, hydrocortisone 1 % BID x 7 j, mupirocine.\n\n"
                "La famille d'accueil a rendez-vous avec vous le 14. Pourriez-vous revoir la courbe de "
                "croissance et évaluer le retard de développement ? Rapport complet à la DPJ suivra.\n\n"
                + signature(g, nurse, "Infirmière clinicienne, petite enfance", "fr"))
        subject = g.choice(["Évaluation santé - arrivée en famille d'accueil", f"Enfant placé : {k.name('initials')}",
                            "Bilan de santé placement DPJ"])
    else:
        text = (f"Dear Dr. {ped['surname']},\n\nHealth assessment on arrival in foster care (DYP placement "
                f"of {fmt_date(g.date(2025, 1, 3), 'en_long')}).\n\n"
                f"Child: {k.name(g.choice(['sur_first', 'full']))}, {HOSP_EN} chart {mrn}\n"
                f"Weight {wt} kg (< 3rd percentile), height 10th. Hb 101 g/L, ferritin 6 ug/L.\n"
                "Immunization: 12- and 18-month vaccines not received. Infected eczema in skin folds.\n"
                "Started: Palafer 3 mg/kg/day, hydrocortisone 1% BID x 7 d, mupirocin.\n\n"
                "The foster family has an appointment with you on the 14th. Could you review the growth "
                "curve and assess the developmental delay? Full report to DYP to follow.\n\n"
                + signature(g, nurse, "Nurse clinician, early childhood", "en"))
        subject = g.choice(["Health assessment - new foster placement", f"Child in care: {k.name('initials')}",
                            "DYP placement health check"])
    if k.nam:
        T |= {"ramq_nam", "date_of_birth"}
        text = text.replace("\n\n", "\n\n" + k.ident_block(lang, g) + "\n\n", 1)
    return spec("foster_health", lang, "health assessment of a child entering foster care" if lang == "en"
                else "bilan de santé d'un enfant placé en famille d'accueil", T, (nurse["name"], nurse["email"]),
                [(f"{ped['dr_fr']} {ped['name']}" if lang == "fr" else f"Dr. {ped['name']}", ped["email"])], subject, text,
                persons=[k])


# ------------------------------------------------------------------ D5
def shelter_referral(g, lang, nam=None):
    ts = g.staff()
    inf = g.staff()
    m = Person.from_rec(nam) if nam else Person.invented(g, "adult", sex="F", lo=1990, hi=2004)
    wk = g.randint(24, 36)
    T = {"patient_name", "social_information", "diagnosis"}
    shelter = g.choice(["Maison Le Havre", "La Traversée", "Maison Hélène-Rivard"])
    if lang == "fr":
        subject = g.choice(["Transfert suivi prénatal - hébergement", "Confidentiel : cliente en maison d'hébergement",
                            f"Suivi SIPPE {m.name('titled')}"])
        text = (f"Bonjour {inf['given']},\n\n{m.name('titled_full', 'fr')} ({m.age(datetime.date(2025, 3, 1))} ans, "
                f"enceinte de {wk} semaines, G2P1) a quitté le domicile conjugal vendredi suite à un épisode de "
                f"violence conjugale et est hébergée à {shelter} avec son fils de 3 ans. L'adresse de la "
                "maison ne doit pas être communiquée; la joindre uniquement par l'intervenante de la maison.\n\n"
                "Elle était suivie en SIPPE au CLSC de Sainte-Flore. Anémie en cours de traitement (fer), "
                "test de glucose de 24-28 sem. à faire. Ordonnance de non-contact émise contre le conjoint.\n\n"
                "Peux-tu reprendre le suivi de grossesse ici ? Elle accepte.\n\n"
                + signature(g, ts, "Travailleuse sociale", "fr"))
    else:
        subject = g.choice(["Prenatal follow-up transfer - shelter", "Confidential: client in women's shelter",
                            f"Perinatal follow-up {m.name('titled', 'en')}"])
        text = (f"Hi {inf['given']},\n\n{m.name('titled_full', 'en')} ({m.age(datetime.date(2025, 3, 1))}, "
                f"{wk} weeks pregnant, G2P1) left the family home on Friday after an episode of intimate "
                f"partner violence and is staying at {shelter} with her 3-year-old son. The shelter's "
                "address must not be shared; reach her only through the shelter worker.\n\n"
                "She was followed in the perinatal program at the Sainte-Flore CLSC. Anemia being treated "
                "(iron), 24-28 week glucose test still to do. A no-contact order was issued against the partner.\n\n"
                "Could you take over her pregnancy follow-up here? She agrees.\n\n"
                + signature(g, ts, "Social worker", "en"))
    T.add("medication")
    if m.nam:
        T |= {"ramq_nam", "date_of_birth"}
        text = text.replace("\n\n", "\n\n" + m.ident_block(lang, g) + "\n\n", 1)
    return spec("transfer", lang, "perinatal follow-up transfer for a client in a shelter" if lang == "en"
                else "transfert de suivi périnatal d'une cliente en maison d'hébergement", T,
                (ts["name"], ts["email"]), [(inf["name"], inf["email"])], subject, text, persons=[m])


# ------------------------------------------------------------------ D6
def kinship_caregiver(g, lang, nam=None):
    ts = g.staff()
    dpj = g.staff()
    gm = Person.from_rec(nam) if nam else Person.invented(g, "adult", sex="F", lo=1950, hi=1968)
    kidp = Person.invented(g, "child", lo=2013, hi=2019)
    T = {"patient_name", "diagnosis", "medication", "social_information"}
    if lang == "fr":
        subject = g.choice(["Évaluation famille d'accueil de proximité", "RE: grand-parent comme milieu de vie",
                            "Proximité - infos santé demandées"])
        text = (f"Bonjour {dpj['given']},\n\nSuite à ta demande pour l'évaluation du milieu de proximité de "
                f"{kidp.given} {kidp.surname}, voici ce que je peux te transmettre avec le consentement signé de "
                f"la personne :\n\n{gm.ident_block('fr', g)}\n\n"
                "Suivie au CLSC (soins à domicile) pour diabète de type 2 (metformine 500 mg BID) et "
                "arthrose des genoux; prothèse prévue à l'automne. Épisode dépressif en 2022, stable sous "
                "sertraline 50 mg. Revenu : rente de retraite + SRG. Logement 4 1/2, une chambre disponible.\n\n"
                "Elle se dit prête à accueillir l'enfant mais craint de manquer de répit après la chirurgie.\n\n"
                + signature(g, ts, "Travailleuse sociale, liaison DPJ", "fr"))
    else:
        subject = g.choice(["Kinship foster home assessment", "RE: grandparent as placement", "Kinship - health info requested"])
        text = (f"Hi {dpj['given']},\n\nFurther to your request for the kinship assessment for "
                f"{kidp.given} {kidp.surname}, here is what I can share with the person's signed consent:\n\n"
                f"{gm.ident_block('en', g)}\n\n"
                "Followed by the CLSC (home care) for type 2 diabetes (metformin 500 mg BID) and knee "
                "osteoarthritis; knee replacement planned this fall. Depressive episode in 2022, stable on "
                "sertraline 50 mg. Income: pension + GIS. 5-room apartment, one bedroom available.\n\n"
                "She says she is ready to take the child but worries about respite after surgery.\n\n"
                + signature(g, ts, "Social worker, DYP liaison", "en"))
    if gm.nam:
        T |= {"ramq_nam", "date_of_birth"}
    else:
        T.add("date_of_birth")
    return spec("kinship_assessment", lang, "health and social info on a kinship caregiver" if lang == "en"
                else "infos santé et sociales d'une famille d'accueil de proximité", T,
                (ts["name"], ts["email"]), [(dpj["name"], dpj["email"])], subject, text, persons=[gm, kidp])


# ------------------------------------------------------------------ D7
def dpj_census(g, lang, nam=None):
    ts = g.staff()
    chef = g.staff()
    kids = [Person.invented(g, "child", lo=2008, hi=2024) for _ in range(g.randint(5, 8))]
    if nam:
        kids.insert(g.randint(0, len(kids)), Person.from_rec(nam))
    stat_fr = ["Évaluation en cours", "Mesures volontaires", "Placement FA", "Fermé - orienté CLSC",
               "Retenu, 38 c) négligence", "Non retenu - suivi CLSC offert", "Ordonnance 1 an"]
    stat_en = ["Under assessment", "Voluntary measures", "Foster placement", "Closed - referred to CLSC",
               "Retained, s. 38 c) neglect", "Not retained - CLSC offered", "1-year order"]
    svc_fr = ["SIPPE", "Santé mentale jeunesse", "Ortho + ergo", "Aucun", "Suivi vaccinal", "TS famille"]
    svc_en = ["Perinatal/SIPPE", "Youth mental health", "Speech + OT", "None", "Immunization", "Family SW"]
    T = {"patient_name", "date_of_birth", "social_information"}
    rows = [["Enfant", "DDN", "NAM", "Statut DPJ", "Service CLSC", "Intervenante"] if lang == "fr"
            else ["Child", "DOB", "RAMQ", "DYP status", "CLSC service", "Worker"]]
    for k in kids:
        rows.append([k.name(g.choice(["sur_first", "sur_first_plain"])), k.dob_s("iso"),
                     k.nam_s("plain") if k.nam else "", g.choice(stat_fr if lang == "fr" else stat_en),
                     g.choice(svc_fr if lang == "fr" else svc_en), g.staff()["name"]])
    if nam:
        T.add("ramq_nam")
        sex_note = ("\nSexe : " if lang == "fr" else "\nSex: ") + Person.from_rec(nam).sex + (
            " (ligne avec NAM)" if lang == "fr" else " (row with RAMQ no.)")
    else:
        rows = [r[:2] + r[3:] for r in rows]
        sex_note = ""
    kind = g.choice(["xlsx", "xlsx", "zip", "body"])
    atts = []
    week = fmt_date(g.date(2025, 1, 5), "iso")
    if lang == "fr":
        subject = g.choice([f"Liste de liaison DPJ-CLSC semaine du {week}", "Tableau liaison DPJ (à jour)",
                            "Liaison jeunesse - liste hebdo"])
        intro = (f"Bonjour {chef['given']},\n\nVoici la liste de liaison à jour pour la rencontre de jeudi."
                 " Merci de ne pas la transférer hors de l'équipe.")
    else:
        subject = g.choice([f"DYP-CLSC liaison list week of {week}", "DYP liaison table (updated)",
                            "Youth liaison - weekly list"])
        intro = (f"Hi {chef['given']},\n\nHere's the updated liaison list for Thursday's meeting. "
                 "Please do not forward outside the team.")
    sig = signature(g, ts, "Agente de liaison DPJ" if lang == "fr" else "DYP liaison officer", lang)
    html = None
    if kind == "body":
        text = intro + sex_note + "\n\n" + table_text(rows) + "\n\n" + sig
        html = text_to_html(intro + sex_note).replace("</body></html>", "") + html_table(rows) + "<pre>" + sig + "</pre></body></html>"
    else:
        xl = A.xlsx([("Liaison", rows + ([[sex_note.strip()]] if sex_note else []))])
        fn = f"liaison_dpj_{week}.xlsx" if lang == "fr" else f"dyp_liaison_{week}.xlsx"
        if kind == "zip":
            atts.append({"filename": fn.replace(".xlsx", ".zip"), "kind": "zip",
                         "data": A.zip_of([(fn, xl)])})
        else:
            atts.append({"filename": fn, "kind": "xlsx", "data": xl})
        text = intro + "\n\n" + sig
    return spec("census_list", lang, "weekly youth protection liaison list" if lang == "en"
                else "liste hebdomadaire de liaison DPJ", T, (ts["name"], ts["email"]),
                [(chef["name"], chef["email"])], subject, text, html=html, attachments=atts, persons=kids)


# ------------------------------------------------------------------ D8
def income_form(g, lang, nam=None):
    ts = g.staff()
    m = Person.from_rec(nam) if nam else Person.invented(g, "adult", sex=g.choice("FFM"), lo=1984, hi=2003)
    sin = g.sin()
    sin_style = g.choice(["space", "dash", "plain", "dot", "fw"])
    addr = g.address(lang)
    T = {"patient_name", "ca_sin", "social_information", "patient_contact"}
    agent = g.choice(["Services Québec - aide financière de dernier recours", "Office municipal d'habitation"])
    if lang == "fr":
        subject = g.choice(["Demande d'aide financière - documents", "Formulaire de référence OMH - urgence logement",
                            "Documents pour l'agente d'aide sociale"])
        text = (f"Bonjour,\n\nJe vous transmets, avec l'autorisation de la personne, les renseignements pour la "
                f"demande en urgence de {m.name(g.choice(['titled_full', 'sur_first']), 'fr')}.\n\n"
                f"NAS : {fmt_sin(sin, sin_style)}\nAdresse actuelle : {addr} (avis d'éviction pour le 1er juillet)\n"
                f"Situation : {'mère' if m.sex == 'F' else 'père'} seul{'e' if m.sex == 'F' else ''} de deux enfants (2 et 5 ans), "
                "sans revenu depuis la fin des prestations d'assurance-emploi. Suivi au CLSC en périnatalité "
                "et au programme OLO.\n\nLa lettre d'appui de l'intervenante est en pièce jointe au besoin.\n\n"
                + signature(g, ts, "Travailleur(se) social(e)", "fr"))
    else:
        subject = g.choice(["Financial assistance request - documents", "Housing referral - urgent",
                            "Papers for the income support agent"])
        text = (f"Hello,\n\nWith the client's permission, please find the information for the urgent request "
                f"for {m.name(g.choice(['titled_full', 'sur_first']), 'en')}.\n\n"
                f"SIN: {fmt_sin(sin, sin_style)}\nCurrent address: {addr} (eviction notice for July 1)\n"
                f"Situation: single {'mother' if m.sex == 'F' else 'father'} of two (ages 2 and 5), no "
                "income since EI benefits ended. Followed at the CLSC in the perinatal and OLO programs.\n\n"
                "The worker's support letter can be sent if needed.\n\n" + signature(g, ts, "Social worker", "en"))
    if m.nam:
        T |= {"ramq_nam", "date_of_birth"}
        text = text.replace("\n\n", "\n\n" + m.ident_block(lang, g) + "\n\n", 1)
    return spec("agency_form", lang, "income support / housing request with SIN" if lang == "en"
                else "demande d'aide financière ou de logement avec NAS", T, (ts["name"], ts["email"]),
                [(agent, f"agent.{g.randint(100, 999)}@servicesquebec-rs.example")], subject, text,
                persons=[m], ids=[("ca_sin", sin)])


# name, function, NAM window or None; "mother" etc. refer to sex filter
TEMPLATES = [
    ("dpj_report", dpj_report, (2009, 2020)),
    ("dpj_liaison_reply", dpj_liaison_reply, (2014, 2022)),
    ("court_hearing", court_hearing, (2010, 2022)),
    ("foster_health", foster_health, (2016, 2023)),
    ("shelter_referral", shelter_referral, (1982, 2004, "F")),
    ("kinship_caregiver", kinship_caregiver, (1940, 1968)),
    ("dpj_census", dpj_census, (2005, 2022)),
    ("income_form", income_form, (1982, 2003)),
]
