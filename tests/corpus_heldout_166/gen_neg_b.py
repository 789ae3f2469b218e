"""Hard negatives, part B: statistics, teaching cases, templates and blank
forms, shortages, recalls, research protocols, staff occupational health,
specialist directories, procedures, minutes, forwarded notices, ZIPs."""
import datetime

import gen_attach as A
import gen_data as D
import gen_ids as I
import gen_mime as M
import gen_text as T
from gen_neg_common import _L, gtin13, lot, luhn_serial, mod97_number, neg_spec, person


def _all(lang):
    return (L_("Tout le personnel", "All staff", lang), f"personnel@{D.ORG[lang]['domain']}")


def L_(fr, en, lang):
    return fr if lang == "fr" else en


# ------------------------------------------------------------------ 14
def aggregate_stats(ctx, lang):
    rng, L = ctx["rng"], _L(lang)
    dirn = T.staff_by_kw(rng, lang, "directeur", "administrative director")
    months = [(ctx["when"].date().replace(day=1) - datetime.timedelta(days=30 * k)) for k in range(3, 0, -1)]
    rows = [[L("Mois", "Month"), L("Visites SRV", "Walk-in visits"), L("IVRS", "URTI"), L("Infections urinaires", "UTI"),
             L("Renouvellements", "Renewals"), L("Absences (no-show) %", "No-show %")]]
    for m in months:
        rows.append([m.strftime("%Y-%m"), rng.randint(380, 620), rng.randint(60, 140), rng.randint(20, 55), rng.randint(150, 300),
                     f"{rng.uniform(3, 9):.1f}"])
    tbl = "\n".join(" | ".join(str(c) for c in r) for r in rows)
    text = L(f"Bonjour,\n\nStatistiques trimestrielles du GMF (données agrégées, aucune donnée nominative) :\n\n{tbl}\n\n"
             f"Taux d'inscription : {rng.randint(82, 94)} % des 18 240 patients inscrits ont vu un professionnel dans les 12 derniers mois. "
             "Le diabète (2 310 patients) et l'hypertension (3 905) restent les deux premières clientèles en suivi conjoint.\n\n",
             f"Hello,\n\nQuarterly GMF statistics (aggregate data, no identifiable information):\n\n{tbl}\n\n"
             f"Enrolment: {rng.randint(82, 94)}% of the 18,240 enrolled patients saw a clinician in the last 12 months. "
             "Diabetes (2,310 patients) and hypertension (3,905) remain the two largest shared-care groups.\n\n") + T.signature(dirn, lang, rng)
    atts = []
    if rng.random() < 0.5:
        atts.append({"filename": L("stats_trimestre.xlsx", "quarterly_stats.xlsx"),
                     "ctype": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "data": A.make_xlsx([("Stats", rows)])})
    return neg_spec(lang, category="statistiques" if lang == "fr" else "statistics", note=L("statistiques agrégées", "aggregate statistics"),
                    frm=T.na(dirn, lang), to=[_all(lang)], subject=L("Statistiques du trimestre", "Quarterly statistics"), text=text,
                    attachments=atts)


# ------------------------------------------------------------------ 15
def teaching_case(ctx, lang):
    rng, L = ctx["rng"], _L(lang)
    md = T.staff_by_kw(rng, lang, "médecin", "physician")
    res = [s for s in D.STAFF if "resident" in s[4]]
    case = rng.choice([
        L("Femme de 54 ans, DB2 depuis 8 ans, HbA1c 9,1 % sous metformine 1 g bid. DFGe 48. IMC 34. "
          "Question : quel 2e agent choisir et pourquoi?",
          "54-year-old woman, T2DM for 8 years, HbA1c 9.1% on metformin 1 g bid. eGFR 48. BMI 34. "
          "Question: which second agent and why?"),
        L("Homme de 67 ans, ancien fumeur (40 paquets-années), dyspnée d'effort progressive, VEMS/CVF 0,62 post-BD. "
          "Question : classification GOLD et traitement initial?",
          "67-year-old man, ex-smoker (40 pack-years), progressive exertional dyspnea, FEV1/FVC 0.62 post-BD. "
          "Question: GOLD class and initial therapy?"),
        L("Adolescente de 16 ans consultant seule au SRV pour contraception d'urgence. "
          "Question : consentement, confidentialité et counselling.",
          "16-year-old girl attending the walk-in alone for emergency contraception. "
          "Question: consent, confidentiality and counselling."),
        L("Homme de 45 ans, TSH 8,2, T4L normale, asymptomatique. Question : traiter ou surveiller?",
          "45-year-old man, TSH 8.2, normal free T4, asymptomatic. Question: treat or monitor?"),
    ])
    text = L(f"Bonjour aux résidents,\n\nCas clinique pour la réunion de jeudi (cas fictif, adapté pour l'enseignement — aucun patient réel) :\n\n"
             f"{case}\n\nPréparez 2-3 diapos. {res[0][0]} et {res[1][0]} animent.\n\n",
             f"Hi residents,\n\nTeaching case for Thursday's session (fictional case adapted for teaching — not a real patient):\n\n"
             f"{case}\n\nPrepare 2-3 slides. {res[0][0]} and {res[1][0]} will lead.\n\n") + T.signature(md, lang, rng)
    return neg_spec(lang, category="cas_enseignement" if lang == "fr" else "teaching_case", note=L("cas d'enseignement dépersonnalisé", "de-identified teaching case"),
                    frm=T.na(md, lang), to=[(L("Résidents", "Residents"), f"residents@{D.ORG[lang]['domain']}")],
                    subject=L("Cas clinique de la semaine", "Teaching case of the week"), text=text)


# ------------------------------------------------------------------ 16
def template_form(ctx, lang):
    rng, L = ctx["rng"], _L(lang)
    sec = T.staff_by_kw(rng, lang, "secrétaire", "medical secretary", "coordonnatrice", "office manager")
    v = rng.randrange(2)
    if v == 0:
        tmpl = L("Bonjour «Prénom» «Nom»,\n\nVotre résultat de «Analyse» du «Date_prélèvement» a été revu par «Professionnel». "
                 "Merci de communiquer avec nous au «Tél_GMF» pour prendre rendez-vous.\n\nDate de naissance au dossier : «DDN»\nNAM : «NAM»\n\n"
                 "L'équipe du GMF",
                 "Dear «FirstName» «LastName»,\n\nYour «Test» result from «CollectionDate» has been reviewed by «Clinician». "
                 "Please call us at «ClinicPhone» to book an appointment.\n\nDate of birth on file: «DOB»\nHealth card: «HealthCard»\n\n"
                 "Your GMF team")
        text = L("Bonjour,\n\nVoici le nouveau gabarit de lettre de rappel pour le publipostage. Les champs entre « » sont remplis automatiquement par le DMÉ. "
                 "Ne pas modifier les noms de champs.\n\n---\n", "Hi,\n\nHere is the new call-back letter template for the mail merge. "
                 "Fields in « » are filled automatically by the EMR. Do not rename the fields.\n\n---\n") + tmpl + "\n---\n\n" + T.signature(sec, lang, rng)
        atts = []
        subj = L("Gabarit - lettre de rappel", "Template - call-back letter")
        note = L("gabarit de publipostage", "mail-merge template")
    else:
        rows = [[L("Champ", "Field"), L("Valeur", "Value")], [L("Nom du patient", "Patient name"), "______________________"],
                [L("Date de naissance (AAAA-MM-JJ)", "Date of birth (YYYY-MM-DD)"), "____-__-__"], [L("NAM", "RAMQ / health card no."), "____ ____ ____"],
                [L("Téléphone", "Phone"), "(___) ___-____"], [L("Médicaments à renouveler", "Medications to renew"), ""],
                [L("Pharmacie", "Pharmacy"), ""], [L("Signature", "Signature"), ""]]
        doc = A.make_docx(L("Formulaire de demande de renouvellement (vierge)", "Renewal request form (blank)"),
                          [L("À remplir par le patient et déposer à l'accueil.", "To be completed by the patient and left at the front desk.")], rows)
        text = L("Bonjour,\n\nVoici le formulaire vierge de demande de renouvellement à imprimer pour le comptoir (50 copies). "
                 "L'ancienne version ne doit plus être utilisée.\n\n", "Hi,\n\nHere is the blank renewal request form to print for the counter (50 copies). "
                 "The old version should no longer be used.\n\n") + T.signature(sec, lang, rng)
        atts = [{"filename": L("Formulaire_renouvellement_VIERGE.docx", "Renewal_form_BLANK.docx"),
                 "ctype": "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "data": doc}]
        subj = L("Formulaire vierge - renouvellements", "Blank form - renewals")
        note = L("formulaire vierge", "blank form")
    return neg_spec(lang, category="gabarit" if lang == "fr" else "template", note=note, frm=T.na(sec, lang),
                    to=[(L("Accueil", "Front desk"), f"accueil@{D.ORG[lang]['domain']}")], subject=subj, text=text, attachments=atts)


# ------------------------------------------------------------------ 17
def drug_shortage(ctx, lang):
    rng, L = ctx["rng"], _L(lang)
    ph = T.staff_by_kw(rng, lang, "pharmacienne", "pharmacist")
    drug = rng.choice([("Ozempic 0,25/0,5 mg", "Ozempic 0.25/0.5 mg", L("Rybelsus ou Trulicity selon couverture", "Rybelsus or Trulicity depending on coverage")),
                       ("amoxicilline suspension 250 mg/5 mL", "amoxicillin suspension 250 mg/5 mL", L("capsules ouvertes ou céfprozil", "opened capsules or cefprozil")),
                       ("Vyvanse 30 mg", "Vyvanse 30 mg", L("combinaison 10 mg + 20 mg", "10 mg + 20 mg combination")),
                       ("salbutamol 100 mcg (générique)", "salbutamol 100 mcg (generic)", L("Ventolin de marque, même couverture", "brand Ventolin, same coverage"))])
    text = L(f"Bonjour à l'équipe clinique,\n\nRupture d'approvisionnement annoncée pour {drug[0]} jusqu'à la fin du mois prochain. "
             f"Alternative suggérée : {drug[2]}. Pour les renouvellements, indiquez « substitution permise » sur l'ordonnance.\n\n"
             "Je reste disponible pour les cas particuliers.\n\n",
             f"Hi clinical team,\n\nSupply shortage announced for {drug[1]} until the end of next month. "
             f"Suggested alternative: {drug[2]}. For renewals, write \"substitution allowed\" on the prescription.\n\n"
             "I'm available for specific cases.\n\n") + T.signature(ph, lang, rng)
    return neg_spec(lang, category="rupture_stock" if lang == "fr" else "drug_shortage", note=L("avis de rupture de médicament", "drug shortage notice"),
                    frm=T.na(ph, lang), to=[(L("Équipe clinique", "Clinical team"), f"clinique@{D.ORG[lang]['domain']}")],
                    subject=L("Rupture de stock : ", "Shortage: ") + (drug[0] if lang == "fr" else drug[1]), text=text)


# ------------------------------------------------------------------ 18
def recall(ctx, lang):
    rng, L = ctx["rng"], _L(lang)
    sup = rng.choice(D.SUPPLIERS)
    lots = [lot(rng) for _ in range(3)]
    prod = rng.choice([L("bandelettes de glycémie GlucoPlus (fictives)", "GlucoPlus blood glucose strips (fictional)"),
                       L("auto-injecteurs d'épinéphrine 0,15 mg", "epinephrine 0.15 mg auto-injectors"),
                       L("tensiomètres automatiques modèle BP-220", "BP-220 automatic blood pressure monitors")])
    sn = [luhn_serial(rng, 10) for _ in range(2)]
    text = L(f"AVIS DE RAPPEL VOLONTAIRE — {prod}\n\nLots visés : {', '.join(lots)}\nGTIN : {gtin13(rng)}\n"
             f"Numéros de série d'appareils visés (échantillon) : {', '.join(sn)}\n\n"
             "Risque : lectures faussement basses. Veuillez retirer les produits visés de vos inventaires et informer les patients "
             "utilisateurs de vérifier le numéro de lot sur leur boîte. Aucun incident grave rapporté.\n\n"
             f"Service à la clientèle\n{sup[0]}\n1-800-555-0150",
             f"VOLUNTARY RECALL NOTICE — {prod}\n\nAffected lots: {', '.join(lots)}\nGTIN: {gtin13(rng)}\n"
             f"Affected device serial numbers (sample): {', '.join(sn)}\n\n"
             "Risk: falsely low readings. Please remove affected product from inventory and advise patients who use it "
             "to check the lot number on their box. No serious incidents reported.\n\n"
             f"Customer service\n{sup[0]}\n1-800-555-0150")
    return neg_spec(lang, category="rappel_produit" if lang == "fr" else "recall", note=L("avis de rappel de produit", "product recall notice"),
                    frm=(sup[0], f"rappels@{sup[1]}"), to=[(D.ORG[lang]["short"], f"info@{D.ORG[lang]['domain']}")],
                    subject=L("Rappel volontaire - ", "Voluntary recall - ") + prod, text=text, importance="High")


# ------------------------------------------------------------------ 19
def research_protocol(ctx, lang):
    rng, L = ctx["rng"], _L(lang)
    md = T.staff_by_kw(rng, lang, "médecin", "physician")
    paras = [L("## Objectif", "## Objective"),
             L("Évaluer l'effet d'une rétroaction trimestrielle sur la prescription d'antibiotiques pour les IVRS au sans rendez-vous.",
               "Assess the effect of quarterly feedback on antibiotic prescribing for URTI at the walk-in clinic."),
             L("## Population", "## Population"),
             L("Adultes de 18 ans et plus vus au SRV pour IVRS; critères d'exclusion : immunosuppression, MPOC sévère.",
               "Adults 18+ seen at the walk-in for URTI; exclusion: immunosuppression, severe COPD."),
             L("## Données", "## Data"),
             L("Extraction dépersonnalisée du DMÉ (âge par tranche, diagnostic, antibiotique oui/non). Aucune donnée nominative ne quitte le GMF.",
               "De-identified EMR extraction (age band, diagnosis, antibiotic yes/no). No identifiable data leaves the GMF."),
             L("## Calendrier", "## Timeline"), L("Recrutement des cliniciens : automne; analyse : printemps.", "Clinician enrolment: fall; analysis: spring.")]
    doc = A.make_docx(L("Protocole — Projet ABX-SRV (version 1.3)", "Protocol — ABX-WALKIN project (version 1.3)"), paras, author=f"{md['given']} {md['surname']}")
    text = L(f"Bonjour,\n\nCi-joint la version 1.3 du protocole pour le comité d'éthique. Les commentaires de {person(rng, False)['given']} ont été intégrés.\n\n",
             f"Hello,\n\nAttached is protocol version 1.3 for the ethics board. Comments from {person(rng, False)['given']} are included.\n\n") + T.signature(md, lang, rng)
    return neg_spec(lang, category="protocole_recherche" if lang == "fr" else "research_protocol", note=L("protocole de recherche sans participants", "research protocol without participants"),
                    frm=T.na(md, lang), to=[(L("Comité d'éthique", "Research ethics board"), "cer@hrln.example")],
                    subject=L("Protocole ABX-SRV v1.3", "ABX-WALKIN protocol v1.3"), text=text,
                    attachments=[{"filename": L("Protocole_ABX-SRV_v1.3.docx", "Protocol_ABX-WALKIN_v1.3.docx"),
                                  "ctype": "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "data": doc}])


# ------------------------------------------------------------------ 20
def occupational_health(ctx, lang):
    rng, L = ctx["rng"], _L(lang)
    nurse = T.staff_by_kw(rng, lang, "infirmière clinicienne", "clinical nurse")
    emp = person(rng)
    v = rng.randrange(3)
    if v == 0:
        body = L(f"Bonjour {emp['given']},\n\nTon test cutané à la tuberculine (embauche) a été lu ce matin : 0 mm, négatif. "
                 "Le résultat est classé dans ton dossier de santé au travail, pas besoin de 2e étape.\n\n",
                 f"Hi {emp['given']},\n\nYour pre-employment TB skin test was read this morning: 0 mm, negative. "
                 "It's filed in your occupational health record; no second step needed.\n\n")
        subj = L("Santé au travail - TCT", "Occupational health - TST")
    elif v == 1:
        body = L(f"Bonjour {emp['given']},\n\nTon essai d'ajustement N95 est réussi (modèle 1870+, taille régulière). "
                 "Prochain essai dans 2 ans.\n\n", f"Hi {emp['given']},\n\nYour N95 fit test passed (model 1870+, regular size). "
                 "Next test in 2 years.\n\n")
        subj = L("Essai d'ajustement N95", "N95 fit test")
    else:
        body = L(f"Bonjour,\n\nSuivi post-exposition pour {emp['given']} {emp['surname']} (piqûre d'aiguille souillée, salle 3) : "
                 "bilan initial fait, sérologies de la source négatives. Aucun suivi supplémentaire requis; déclaration CNESST faite par l'employeur.\n\n",
                 f"Hello,\n\nPost-exposure follow-up for {emp['given']} {emp['surname']} (needlestick, room 3): baseline done, "
                 "source serologies negative. No further follow-up needed; employer filed the CNESST report.\n\n")
        subj = L("Santé au travail - exposition", "Occupational health - exposure")
    return neg_spec(lang, category="sante_travail" if lang == "fr" else "occupational_health", note=L("santé au travail d'un employé", "employee occupational health"),
                    frm=T.na(nurse, lang), to=[(f"{emp['given']} {emp['surname']}", T.email_of(emp, lang))] if v < 2 else
                    [T.na(T.staff_by_kw(rng, lang, "directeur", "administrative director"), lang)],
                    subject=subj, text=body + T.signature(nurse, lang, rng, False))


# ------------------------------------------------------------------ 21
def directory(ctx, lang):
    rng, L = ctx["rng"], _L(lang)
    coord = T.staff_by_kw(rng, lang, "coordonnatrice", "office manager")
    sps = rng.sample(D.SPECIALISTS, 5)
    lines = [L(f"- {s[0]} {s[2]} {s[3]} ({s[4]}) : accepte les références pour {s[6]}; délai 4 à 8 semaines; tél. 450-555-01{40 + i:02d}",
               f"- {s[1]} {s[2]} {s[3]} ({s[5]}): accepts referrals for {s[7]}; wait 4-8 weeks; tel. 450-555-01{40 + i:02d}") for i, s in enumerate(sps)]
    text = L("Bonjour,\n\nMise à jour des corridors de service avec le CH (à afficher dans les bureaux) :\n\n",
             "Hello,\n\nUpdated specialist service corridors with the hospital (please post in the offices):\n\n") + "\n".join(lines) + "\n\n" + T.signature(coord, lang, rng)
    return neg_spec(lang, category="corridors_service" if lang == "fr" else "specialist_directory", note=L("répertoire de spécialistes", "specialist directory"),
                    frm=T.na(coord, lang), to=[(L("Équipe clinique", "Clinical team"), f"clinique@{D.ORG[lang]['domain']}")],
                    subject=L("Corridors de service - mise à jour", "Service corridors - update"), text=text)


# ------------------------------------------------------------------ 22
def fax_change(ctx, lang):
    rng, L = ctx["rng"], _L(lang)
    dirn = T.staff_by_kw(rng, lang, "directeur", "administrative director")
    o = D.ORG[lang]
    vcf = A.make_vcard(L("Accueil", "Front desk"), o["short"], tel=o["phone"], tel_type="WORK", email=f"accueil@{o['domain']}",
                       adr=(o["addr"], o["city"].split(" (")[0].split(",")[0], "QC", o["city"][-7:]), org=o["name"])
    text = L(f"Aux pharmacies partenaires,\n\nÀ compter du 1er du mois, notre numéro de télécopieur pour les demandes de renouvellement devient le {o['fax']}. "
             f"Le numéro principal ({o['phone']}) et la ligne du sans rendez-vous ({o['walkin']}) ne changent pas. Fiche de contact jointe.\n\n",
             f"To our partner pharmacies,\n\nStarting on the 1st of the month, our fax number for renewal requests becomes {o['fax']}. "
             f"The main line ({o['phone']}) and the walk-in line ({o['walkin']}) are unchanged. Contact card attached.\n\n") + T.signature(dirn, lang, rng, True)
    return neg_spec(lang, category="changement_coordonnees" if lang == "fr" else "contact_change", note=L("changement de numéro de télécopieur", "fax number change"),
                    frm=T.na(dirn, lang), to=[(p[0], f"ordonnances@{p[1]}") for p in D.PHARMACIES[:3]],
                    subject=L("Nouveau numéro de télécopieur - renouvellements", "New fax number - renewals"), text=text,
                    attachments=[{"filename": "GMF.vcf", "ctype": "text/vcard", "text": vcf}])


# ------------------------------------------------------------------ 23
def minutes(ctx, lang):
    rng, L = ctx["rng"], _L(lang)
    sec = T.staff_by_kw(rng, lang, "coordonnatrice", "office manager")
    pres = rng.sample(D.STAFF, 6)
    paras = [L("Présents : ", "Present: ") + ", ".join(f"{p[0]} {p[1]}" for p in pres),
             "## " + L("1. Accès au SRV", "1. Walk-in access"),
             L("Moyenne de 41 visites/jour en mai; 12 % des patients repartent sans être vus. Décision : ouverture à 7 h 30 les lundis.",
               "Average of 41 visits/day in May; 12% leave without being seen. Decision: open at 7:30 am on Mondays."),
             "## " + L("2. Renouvellements", "2. Renewals"),
             L("Délai moyen de traitement : 3,2 jours ouvrables. Les IPS prendront les demandes de diabète et d'HTA stables.",
               "Average turnaround: 3.2 business days. NPs will handle stable diabetes and hypertension requests."),
             "## " + L("3. Rappels de résultats", "3. Result call-backs"),
             L(f"{pres[2][0]} propose une plage fixe de 30 min/jour pour les rappels. Adopté.", f"{pres[2][0]} proposes a fixed 30-min daily slot for call-backs. Adopted.")]
    doc = A.make_docx(L("Procès-verbal — réunion d'équipe", "Minutes — team meeting") + f" {ctx['when'].date().isoformat()}", paras, author=f"{sec['given']} {sec['surname']}")
    text = L("Bonjour,\n\nLe procès-verbal de la dernière réunion est joint. Commentaires d'ici vendredi svp.\n\n",
             "Hi,\n\nMinutes from our last meeting are attached. Comments by Friday please.\n\n") + T.signature(sec, lang, rng, False)
    return neg_spec(lang, category="proces_verbal" if lang == "fr" else "minutes", note=L("procès-verbal de réunion d'équipe", "team meeting minutes"),
                    frm=T.na(sec, lang), to=[(f"{p[0]} {p[1]}", T.email_of({"given": p[0], "surname": p[1]}, lang)) for p in pres],
                    subject=L("PV réunion d'équipe", "Team meeting minutes"), text=text,
                    attachments=[{"filename": L(f"PV_{ctx['when'].date().isoformat()}.docx", f"Minutes_{ctx['when'].date().isoformat()}.docx"),
                                  "ctype": "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "data": doc}])


# ------------------------------------------------------------------ 24
def public_notice(ctx, lang):
    rng, L = ctx["rng"], _L(lang)
    o = D.ORG[lang]
    text = rng.choice([
        L(f"Chers patients,\n\nLe GMF sera fermé le lundi de l'Action de grâce. Le sans rendez-vous reprendra le mardi à 8 h. "
          f"Pour un besoin urgent, composez le 811 (Info-Santé).\n\nPour les renouvellements, prévoyez 72 heures ouvrables.\n\n{o['name']}\n{o['addr']}, {o['city']}\n{o['phone']}",
          f"Dear patients,\n\nThe GMF will be closed on Thanksgiving Monday. The walk-in reopens Tuesday at 8 am. "
          f"For urgent needs, dial 811 (Info-Santé).\n\nFor prescription renewals, allow 72 business hours.\n\n{o['name']}\n{o['addr']}, {o['city']}\n{o['phone']}"),
        L("Chers patients,\n\nLa vaccination antigrippale gratuite est offerte aux personnes de 60 ans et plus, aux femmes enceintes et aux personnes atteintes "
          "de maladies chroniques (diabète, asthme, MPOC, maladie cardiaque). Prenez rendez-vous en ligne.\n\n" + o["name"],
          "Dear patients,\n\nFree flu shots are offered to people aged 60+, pregnant women and people with chronic conditions "
          "(diabetes, asthma, COPD, heart disease). Book online.\n\n" + o["name"]),
    ])
    return neg_spec(lang, category="avis_patients" if lang == "fr" else "patient_notice", note=L("avis général aux patients", "general notice to patients"),
                    frm=(o["name"], f"communications@{o['domain']}"), to=[(L("Patients inscrits", "Enrolled patients"), f"infolettre@{o['domain']}")],
                    subject=rng.choice([L("Horaire des fêtes", "Holiday hours"), L("Avis aux patients", "Notice to patients")]), text=text,
                    body_mode=rng.choice(["html", "alt", "plain"]))


# ------------------------------------------------------------------ 25
def procedure_update(ctx, lang):
    rng, L = ctx["rng"], _L(lang)
    np_ = T.staff_by_kw(rng, lang, "IPS", "nurse practitioner")
    text = L("Bonjour à l'accueil,\n\nNouvelle procédure pour les demandes de renouvellement reçues par téléphone :\n\n"
             "1. Vérifier l'identité (nom, DDN, NAM) et noter la pharmacie.\n2. Créer une tâche « Renouvellement » au DMÉ, jamais par courriel.\n"
             "3. Délai : 72 h ouvrables. Exemple : un patient qui demande sa metformine un vendredi aura sa réponse le mercredi.\n"
             "4. Les narcotiques et stimulants exigent un RV.\n\nMerci!\n\n",
             "Hi front desk,\n\nNew procedure for renewal requests received by phone:\n\n"
             "1. Verify identity (name, DOB, health card) and note the pharmacy.\n2. Create a \"Renewal\" task in the EMR, never by e-mail.\n"
             "3. Turnaround: 72 business hours. Example: a patient asking for metformin on a Friday gets an answer by Wednesday.\n"
             "4. Opioids and stimulants require an appointment.\n\nThanks!\n\n") + T.signature(np_, lang, rng)
    return neg_spec(lang, category="procedure" if lang == "fr" else "procedure", note=L("procédure de l'accueil", "front desk procedure"),
                    frm=T.na(np_, lang), to=[(L("Accueil", "Front desk"), f"accueil@{D.ORG[lang]['domain']}")],
                    subject=L("Procédure renouvellements téléphoniques", "Phone renewal procedure"), text=text)


# ------------------------------------------------------------------ 26
def mileage(ctx, lang):
    rng, L = ctx["rng"], _L(lang)
    emp = T.staff_by_kw(rng, lang, "infirmière", "clinical nurse", "IPS", "nurse practitioner")
    pay = T.staff_by_kw(rng, lang, "paie", "payroll")
    km = rng.randint(40, 320)
    rows = [[L("Date", "Date"), L("Trajet", "Trip"), "km", L("Motif", "Purpose")],
            [I.add_days(ctx["when"].date(), -9).isoformat(), L("GMF -> CH régional", "GMF -> regional hospital"), km // 2, L("Formation soins de plaies", "Wound care training")],
            [I.add_days(ctx["when"].date(), -8).isoformat(), L("CH régional -> GMF", "regional hospital -> GMF"), km - km // 2, L("Retour", "Return")]]
    text = L(f"Bonjour {pay['given']},\n\nVoici ma réclamation de kilométrage ({km} km à 0,58 $/km) pour la formation du mois dernier. Reçus de stationnement joints au formulaire.\n\n",
             f"Hi {pay['given']},\n\nHere is my mileage claim ({km} km at $0.58/km) for last month's training. Parking receipts are attached to the form.\n\n") + T.signature(emp, lang, rng, False)
    return neg_spec(lang, category="kilometrage" if lang == "fr" else "mileage", note=L("réclamation de kilométrage d'une employée", "staff mileage claim"),
                    frm=T.na(emp, lang), to=[T.na(pay, lang)], subject=L("Réclamation kilométrage", "Mileage claim"), text=text,
                    attachments=[{"filename": L("kilometrage.xlsx", "mileage.xlsx"), "ctype": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                  "data": A.make_xlsx([("km", rows)])}])


# ------------------------------------------------------------------ 27
def training_invite(ctx, lang):
    rng, L = ctx["rng"], _L(lang)
    org = T.staff_by_kw(rng, lang, "inhalothérapeute", "respiratory therapist", "coordonnatrice", "office manager")
    d = I.add_days(ctx["when"].date(), rng.randint(7, 30))
    start = datetime.datetime(d.year, d.month, d.day, 13, 0)
    ics = A.make_ics(f"rcr-{d.isoformat()}@{D.ORG[lang]['domain']}", start, start + datetime.timedelta(hours=4),
                     L("Recertification RCR/DEA", "CPR/AED recertification"), L("Apporter sa carte d'employé. Max 10 personnes.", "Bring your staff ID. Max 10 people."),
                     L("Salle Érable", "Maple room"), organizer=T.na(org, lang))
    rep = A.make_vcard("Sylvain", "Demers-Auclair", tel="450-555-0166", tel_type="WORK", email="sylvain.da@formation-rcr.example",
                       org=L("Formation RCR Laurentides (fictif)", "Laurentian CPR Training (fictional)"), title=L("Instructeur", "Instructor"))
    text = L(f"Bonjour,\n\nLa recertification RCR/DEA aura lieu le {I.fmt_date(d, lang, 'long')} de 13 h à 17 h. Invitation et coordonnées de l'instructeur jointes.\n\n",
             f"Hi,\n\nCPR/AED recertification is on {I.fmt_date(d, lang, 'long')}, 1-5 pm. Invite and instructor contact attached.\n\n") + T.signature(org, lang, rng)
    return neg_spec(lang, category="formation" if lang == "fr" else "training", note=L("invitation à une formation du personnel", "staff training invite"),
                    frm=T.na(org, lang), to=[_all(lang)], subject=L("Recertification RCR", "CPR recertification"), text=text,
                    attachments=[{"filename": "rcr.ics", "ctype": "text/calendar", "text": ics},
                                 {"filename": "instructeur.vcf" if lang == "fr" else "instructor.vcf", "ctype": "text/vcard", "text": rep}])


# ------------------------------------------------------------------ 28
def forwarded_notice(ctx, lang):
    rng, L = ctx["rng"], _L(lang)
    it = T.staff_by_kw(rng, lang, "informatique", "IT support")
    dirn = T.staff_by_kw(rng, lang, "directeur", "administrative director")
    inner_text = L("Bonjour,\n\nLe service de télécopie infonuagique sera migré vers une nouvelle plateforme le week-end prochain. "
                   "Les numéros ne changent pas. Aucune action requise de votre part.\n\nSoutien technique\nFaxNuage (fictif)\n1-800-555-0190",
                   "Hello,\n\nThe cloud fax service will be migrated to a new platform next weekend. Numbers are unchanged. "
                   "No action required on your side.\n\nTechnical support\nCloudFax (fictional)\n1-800-555-0190")
    inner = M.build({"lang": lang, "from": (L("Soutien FaxNuage", "CloudFax Support"), "support@faxnuage.example"),
                     "to": [(dirn["given"] + " " + dirn["surname"], T.email_of(dirn, lang))],
                     "subject": L("Migration de la plateforme de télécopie", "Fax platform migration"), "text": inner_text,
                     "date": ctx["when"] - datetime.timedelta(days=2), "msgid": f"<{rng.randrange(16 ** 14):014x}@faxnuage.example>",
                     "body_mode": "plain"}, rng, "nf%04d" % rng.randrange(10000), crlf=False)
    text = L(f"{it['given']}, pour info — peux-tu confirmer que nos imprimantes multifonctions ne sont pas touchées?\n\n{dirn['given']}",
             f"{it['given']}, FYI — can you confirm our multifunction printers aren't affected?\n\n{dirn['given']}")
    return neg_spec(lang, category="avis_transfere" if lang == "fr" else "forwarded_notice", note=L("avis de fournisseur en pièce jointe .eml", "vendor notice attached as .eml"),
                    frm=T.na(dirn, lang), to=[T.na(it, lang)], subject=L("TR: Migration de la plateforme de télécopie", "FW: Fax platform migration"), text=text,
                    attachments=[{"filename": L("Migration télécopie.eml", "Fax migration.eml"), "ctype": "message/rfc822", "eml": inner}])


# ------------------------------------------------------------------ 29
def policy_zip(ctx, lang):
    rng, L = ctx["rng"], _L(lang)
    dirn = T.staff_by_kw(rng, lang, "directeur", "administrative director")
    p1 = A.make_pdf(L("Politique de confidentialité du GMF", "GMF privacy policy"),
                    [L("Les renseignements de santé ne doivent jamais être transmis par courriel non chiffré.", "Health information must never be sent by unencrypted e-mail."),
                     L("Toute brèche doit être déclarée au responsable dans les 24 h.", "Any breach must be reported to the privacy officer within 24 h.")])
    p2 = A.make_docx(L("Engagement de confidentialité (à signer)", "Confidentiality agreement (to sign)"),
                     [L("Je, soussigné(e) ____________________, m'engage à ...", "I, ____________________, undertake to ..."), L("Signature : ________  Date : ________", "Signature: ________  Date: ________")])
    z = A.make_zip([(L("politique_confidentialité.pdf", "privacy_policy.pdf"), p1), (L("engagement.docx", "agreement.docx"), p2)])
    text = L("Bonjour,\n\nDans le cadre de la mise à jour annuelle, chaque employé doit relire la politique et signer l'engagement (fichiers dans le ZIP). "
             "Retour à Julie d'ici la fin du mois.\n\n", "Hello,\n\nFor the annual update, every employee must reread the policy and sign the agreement (files in the ZIP). "
             "Return to Julie by the end of the month.\n\n") + T.signature(dirn, lang, rng)
    return neg_spec(lang, category="politiques" if lang == "fr" else "policies", note=L("politiques internes dans un ZIP", "internal policies in a ZIP"),
                    frm=T.na(dirn, lang), to=[_all(lang)], subject=L("Politique de confidentialité - mise à jour annuelle", "Privacy policy - annual update"),
                    text=text, attachments=[{"filename": L("politiques_2024.zip", "policies_2024.zip"), "ctype": "application/zip", "data": z}])


# ------------------------------------------------------------------ 30
def shift_swap(ctx, lang):
    rng, L = ctx["rng"], _L(lang)
    clin = [s for s in D.STAFF if "IPS" in s[3] or "nurse practitioner" in s[4] or "médecin" in s[3] or "physician" in s[4]]
    a, b = rng.sample(clin, 2)
    pa = {"given": a[0], "surname": a[1], "sex": a[2], "role": a[3] if lang == "fr" else a[4]}
    pb = {"given": b[0], "surname": b[1], "sex": b[2], "role": b[3] if lang == "fr" else b[4]}
    d = I.add_days(ctx["when"].date(), rng.randint(3, 15))
    orig = L(f"Salut {b[0]},\n\nEst-ce que tu pourrais prendre mon SRV du samedi {I.fmt_date(d, lang, 'long')}? J'ai un tournoi de hockey de mon fils. "
             "Je te remets un soir de semaine au choix.\n\n" + a[0],
             f"Hi {b[0]},\n\nCould you take my Saturday walk-in on {I.fmt_date(d, lang, 'long')}? My son has a hockey tournament. "
             "I'll give you back a weekday evening of your choice.\n\n" + a[0])
    reply = L("Pas de trouble, je prends le samedi. Tu me redonnes le jeudi 18 h? J'avise Julie pour l'horaire.",
              "No problem, I'll take the Saturday. Can you give me back a Thursday 6 pm? I'll let Julie know for the schedule.")
    text = reply + "\n\n" + b[0] + "\n\n" + T.quote(orig, T.na(pa, lang), ctx["when"] - datetime.timedelta(hours=5), lang, rng=rng)
    return neg_spec(lang, category="echange_quart" if lang == "fr" else "shift_swap", note=L("échange de quart entre cliniciens", "shift swap between clinicians"),
                    frm=T.na(pb, lang), to=[T.na(pa, lang)], subject=L("RE: SRV samedi", "RE: Saturday walk-in"), text=text,
                    in_reply_to=f"<{rng.randrange(16 ** 12):012x}@{D.ORG[lang]['domain']}>")


# ------------------------------------------------------------------ 31
def insurer_notice(ctx, lang):
    rng, L = ctx["rng"], _L(lang)
    ins = rng.choice(D.INSURERS)
    contract = mod97_number(rng)
    pdf = A.make_pdf(L("Déclaration du médecin traitant — formulaire vierge", "Attending Physician Statement — blank form"),
                     [L("Nom de l'assuré(e) : ______________________   Date de naissance : ____/____/______",
                        "Member name: ______________________   Date of birth: ____/____/______"),
                      L("No de certificat : ____________   NAS : ___ ___ ___", "Certificate no.: ____________   SIN: ___ ___ ___"),
                      L("Diagnostic : ________________________________", "Diagnosis: ________________________________"),
                      L(f"Contrat collectif de référence : {contract}", f"Reference group contract: {contract}")])
    text = L(f"Madame, Monsieur,\n\nÀ compter du 1er janvier, seule la nouvelle version du formulaire de déclaration du médecin traitant sera acceptée. "
             f"Le formulaire vierge est joint. Frais de remplissage remboursables jusqu'à 60 $ par formulaire.\n\nService aux professionnels de la santé\n{ins[0]}",
             f"Dear clinic,\n\nAs of January 1, only the new version of the Attending Physician Statement will be accepted. "
             f"The blank form is attached. Completion fees reimbursable up to $60 per form.\n\nHealth professional services\n{ins[0]}")
    return neg_spec(lang, category="avis_assureur" if lang == "fr" else "insurer_notice", note=L("avis d'assureur avec formulaire vierge", "insurer notice with blank form"),
                    frm=(ins[0], f"professionnels@{ins[1]}"), to=[(D.ORG[lang]["short"], f"formulaires@{D.ORG[lang]['domain']}")],
                    subject=L("Nouveau formulaire - déclaration du médecin traitant", "New form - attending physician statement"), text=text,
                    attachments=[{"filename": L("formulaire_vierge_DMT.pdf", "APS_blank.pdf"), "ctype": "application/pdf", "data": pdf}])


# ------------------------------------------------------------------ 32
def staff_birthday(ctx, lang):
    rng, L = ctx["rng"], _L(lang)
    who = person(rng)
    org = T.staff_by_kw(rng, lang, "accueil", "front desk", "secrétaire", "medical secretary")
    bd = datetime.date(rng.randint(1970, 1998), ctx["when"].month, min(28, ctx["when"].day + 1))
    text = L(f"Psst! Demain c'est l'anniversaire de {who['given']} {who['surname']} (née le {I.fmt_date(bd, lang, 'long')}, on ne dira pas l'âge 😉). "
             "Gâteau dans la salle du personnel à 12 h 15, contribution volontaire de 3 $ dans l'enveloppe à l'accueil.\n\n" + org["given"],
             f"Psst! Tomorrow is {who['given']} {who['surname']}'s birthday (born {I.fmt_date(bd, lang, 'long')}, we won't say how old 😉). "
             "Cake in the staff room at 12:15, $3 voluntary contribution in the envelope at the front desk.\n\n" + org["given"])
    if who["sex"] == "M":
        text = text.replace("(née le", "(né le")
    others = [p for p in D.STAFF if p[1] != who["surname"]][:6]
    return neg_spec(lang, category="anniversaire" if lang == "fr" else "birthday", note=L("anniversaire d'une collègue", "colleague's birthday"),
                    frm=T.na(org, lang), to=[(f"{p[0]} {p[1]}", T.email_of({"given": p[0], "surname": p[1]}, lang)) for p in others],
                    subject=L("Chut... gâteau demain", "Shh... cake tomorrow"), text=text)


SCENARIOS = [
    ("aggregate_stats", aggregate_stats), ("teaching_case", teaching_case), ("template_form", template_form),
    ("drug_shortage", drug_shortage), ("recall", recall), ("research_protocol", research_protocol),
    ("occupational_health", occupational_health), ("directory", directory), ("fax_change", fax_change),
    ("minutes", minutes), ("public_notice", public_notice), ("procedure_update", procedure_update),
    ("mileage", mileage), ("training_invite", training_invite), ("forwarded_notice", forwarded_notice),
    ("policy_zip", policy_zip), ("shift_swap", shift_swap), ("insurer_notice", insurer_notice),
    ("staff_birthday", staff_birthday),
]
