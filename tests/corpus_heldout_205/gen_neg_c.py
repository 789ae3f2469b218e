"""Hard negatives - part C: IT, facilities, statistics, forms, teaching, research."""
import datetime

import gen_common as C
import gen_docs as D
from gen_mime import Att, Mail
from gen_neg_a import DOCX, XLSX, TD, neg, sp


# ---------------------------------------------------------------- platform maintenance / downtime
def n_downtime(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    it = ctx.staff(lang, 13 if lang == "fr" else 3)
    d = when.date() + TD(days=rng.randint(2, 10))
    if lang == "fr":
        text = """Bonjour,

Maintenance planifiée de la plateforme Télévigie le %s, de 0 h à 3 h.

Pendant l'interruption :
- les appareils des patients conservent les mesures et les transmettront au retour du service;
- aucune alerte ne sera générée : l'infirmière de nuit fera les appels selon la liste papier (procédure PR-UV-07, section 4);
- le portail et les téléconsultations ne seront pas disponibles.

Billet de changement : CHG%07d. Centre de services TI : poste 4357.
""" % (C.fmt_date(d, "fr_long"), rng.randint(0, 9999999))
        subj, note = "Maintenance planifiée Télévigie - %s" % d.strftime("%d/%m"), "avis de maintenance de la plateforme"
    else:
        text = """Hello,

Planned maintenance of the Televigie platform on %s, 00:00-03:00.

During the outage:
- patient devices keep their readings and upload them when service returns;
- no alerts will be generated: the night nurse calls from the paper list (procedure PR-VW-07, section 4);
- the portal and video visits are unavailable.

Change ticket: CHG%07d. IT Service Desk: ext. 4357.
""" % (C.fmt_date(d, "en_long"), rng.randint(0, 9999999))
        subj, note = "Planned maintenance - Televigie - %s" % d.strftime("%b %d"), "platform maintenance notice"
    return neg(lang, "it", note, subj, sp(it), [("UV - tous", "uv-tous@" + C.DOM)], text=text + ctx.sig(it, lang), date=when)


# ---------------------------------------------------------------- IT account / phishing / MFA
def n_it_account(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    it = ctx.staff(lang, 13 if lang == "fr" else 3)
    kind = rng.choice(["mfa", "phish", "pw"])
    if lang == "fr":
        body = {"mfa": "À compter du %s, l'authentification multifacteur sera obligatoire pour accéder au portail Télévigie à l'extérieur du réseau. Installez l'application d'authentification avant cette date; guide sur l'intranet (TI > Accès à distance).",
                "phish": "Plusieurs employés ont reçu un courriel « Télévigie - votre compte sera suspendu » provenant d'une adresse externe. Ne cliquez pas sur le lien. Signalez-le avec le bouton « Signaler l'hameçonnage ». Télévigie ne demande jamais votre mot de passe. (Avis émis le %s.)",
                "pw": "Votre mot de passe réseau expire le %s. Changez-le depuis un poste du CHRS (Ctrl+Alt+Suppr > Modifier le mot de passe). 14 caractères minimum."}[kind]
        text = "Bonjour,\n\n%s\n\nCentre de services TI, poste 4357\n" % (body % C.fmt_date(when.date() + TD(days=rng.randint(3, 14)), "fr_long"))
        subj = {"mfa": "Authentification multifacteur - portail Télévigie", "phish": "ALERTE hameçonnage - faux courriel Télévigie", "pw": "Expiration de votre mot de passe"}[kind]
        note = "courriel des TI (compte, sécurité)"
    else:
        body = {"mfa": "Starting %s, multi-factor authentication is required to reach the Televigie portal from outside the network. Install the authenticator app before then; guide on the intranet (IT > Remote access).",
                "phish": "Several staff received an e-mail \"Televigie - your account will be suspended\" from an outside address. Do not click the link. Use the \"Report phishing\" button. Televigie never asks for your password. (Notice issued %s.)",
                "pw": "Your network password expires on %s. Change it from a CHRS workstation (Ctrl+Alt+Del > Change a password). 14 characters minimum."}[kind]
        text = "Hello,\n\n%s\n\nIT Service Desk, ext. 4357\n" % (body % C.fmt_date(when.date() + TD(days=rng.randint(3, 14)), "en_long"))
        subj = {"mfa": "Multi-factor authentication - Televigie portal", "phish": "PHISHING ALERT - fake Televigie e-mail", "pw": "Your password is expiring"}[kind]
        note = "IT account and security notice"
    return neg(lang, "it", note, subj, sp(it), [("Personnel UV", "uv-tous@" + C.DOM)], text=text, date=when)


# ---------------------------------------------------------------- facilities
def n_facilities(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    kind = rng.choice(["move", "hvac", "parking"])
    if lang == "fr":
        body = {"move": "Le centre de coordination de télésanté déménage du local B-3-112 au B-3-140 le %s. Les postes téléphoniques suivent (mêmes numéros). Prévoir de vider les tiroirs d'ici là; les boîtes sont au quai 2.",
                "hvac": "Travaux de ventilation au 3e étage du pavillon B le %s, de 7 h à 11 h. Bruit important prévu; les téléconsultations pourront se faire au B-2-210.",
                "parking": "Renouvellement des vignettes de stationnement : à faire avant le %s sur le portail employé. Les vignettes du stationnement P3 passent à 62,50 $ par période."}[kind]
        text = "Bonjour,\n\n%s\n\nService des installations matérielles, poste 2100\n" % (body % C.fmt_date(when.date() + TD(days=rng.randint(4, 20)), "fr_long"))
        subj = {"move": "Déménagement du centre de coordination", "hvac": "Travaux de ventilation - pavillon B", "parking": "Vignettes de stationnement"}[kind]
        note = "avis des installations matérielles"
    else:
        body = {"move": "The telehealth coordination centre moves from B-3-112 to B-3-140 on %s. Phone extensions follow (same numbers). Please empty drawers by then; boxes are at dock 2.",
                "hvac": "Ventilation work on B pavilion, 3rd floor, on %s from 7 to 11 a.m. Expect noise; video visits can use B-2-210.",
                "parking": "Parking permit renewal must be done by %s on the employee portal. P3 permits go up to $62.50 per period."}[kind]
        text = "Hello,\n\n%s\n\nFacilities Management, ext. 2100\n" % (body % C.fmt_date(when.date() + TD(days=rng.randint(4, 20)), "en_long"))
        subj = {"move": "Coordination centre move", "hvac": "Ventilation work - B pavilion", "parking": "Parking permits"}[kind]
        note = "facilities notice"
    return neg(lang, "facilities", note, subj, ("Installations matérielles", "installations@" + C.DOM), [("UV - tous", "uv-tous@" + C.DOM)],
               text=text, date=when)


# ---------------------------------------------------------------- aggregate statistics
def n_stats(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    an = ctx.staff("en", 10) if lang == "en" else ctx.staff("fr", 8)
    hf, copd, htn, dm, pp = (rng.randint(40, 80), rng.randint(25, 55), rng.randint(15, 40), rng.randint(10, 30), rng.randint(3, 12))
    tot = hf + copd + htn + dm + pp
    alerts = rng.randint(900, 1800)
    red = rng.uniform(6, 12)
    med = rng.randint(9, 22)
    readm = rng.uniform(5, 11)
    if lang == "fr":
        rows = [["Programme", "Patients", "Alertes", "Rouges (%)", "Réadmissions 30 j (%)"]]
        labels = ["Insuffisance cardiaque", "MPOC", "Hypertension", "Diabète", "TA post-partum"]
    else:
        rows = [["Programme", "Patients", "Alerts", "Red (%)", "30-day readmissions (%)"]]
        labels = ["Heart failure", "COPD", "Hypertension", "Diabetes", "Postpartum BP"]
    for lab, n in zip(labels, (hf, copd, htn, dm, pp)):
        rows.append([lab, n, int(alerts * n / tot), round(rng.uniform(4, 14), 1), round(rng.uniform(3, 14), 1)])
    x = D.build_xlsx([("Indicateurs" if lang == "fr" else "Indicators", rows)])
    if lang == "fr":
        text = """Bonjour,

Indicateurs de l'unité virtuelle pour %s %d :
- Patients actifs : %d (IC %d, MPOC %d, HTA %d, diabète %d, post-partum %d)
- Alertes : %d, dont %s %% rouges; délai médian de prise en charge : %d min
- Taux de transmission quotidienne : %s %%
- Réadmissions à 30 jours : %s %% (cible < 10 %%)
- Âge médian : 74 ans; 58 %% de femmes

Détail par programme dans le chiffrier joint. Les cellules de moins de 5 patients sont masquées dans la version diffusée au CA.
""" % (C.MOIS[when.month - 1], when.year, tot, hf, copd, htn, dm, pp, alerts, ("%.1f" % red).replace(".", ","), med,
       ("%.1f" % rng.uniform(85, 96)).replace(".", ","), ("%.1f" % readm).replace(".", ","))
        subj, note = "Indicateurs UV - %s" % C.MOIS[when.month - 1], "statistiques agrégées du programme"
    else:
        text = """Hi,

Virtual ward indicators for %s %d:
- Active patients: %d (HF %d, COPD %d, HTN %d, diabetes %d, postpartum %d)
- Alerts: %d, %.1f%% red; median time to acknowledge: %d min
- Daily upload adherence: %.1f%%
- 30-day readmissions: %.1f%% (target < 10%%)
- Median age 74; 58%% women

Programme breakdown in the attached workbook. Cells under 5 patients are suppressed in the board version.
""" % (C.MONTHS[when.month - 1], when.year, tot, hf, copd, htn, dm, pp, alerts, red, med, rng.uniform(85, 96), readm)
        subj, note = "VW indicators - %s" % C.MONTHS[when.month - 1], "aggregate programme statistics"
    return neg(lang, "statistics", note, subj, sp(an), [("Direction SAD", "direction.sad@" + C.DOM)], text=text, date=when,
               atts=[Att("indicateurs_%s.xlsx" % when.strftime("%Y%m") if lang == "fr" else "indicators_%s.xlsx" % when.strftime("%Y%m"), XLSX, x)])


# ---------------------------------------------------------------- blank enrolment form
def n_blank_form(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    coord = ctx.staff(lang, 0)
    if lang == "fr":
        table = [["Champ", "Valeur"], ["Nom, prénom du patient", "______________________"], ["NAM", "____ ____ ____"],
                 ["Date de naissance (AAAA-MM-JJ)", "____-__-__"], ["Sexe", "☐ F  ☐ M"], ["Adresse", ""], ["Téléphone", "(___) ___-____"],
                 ["Programme", "☐ IC  ☐ MPOC  ☐ HTA  ☐ Diabète  ☐ Post-partum"], ["Diagnostic principal", ""], ["Médication", ""]]
        docx = D.build_docx("Demande d'admission - Unité virtuelle de soins", ["Formulaire UV-01 (rév. 2024-10) - VIERGE"], table=table,
                            after_table=["Médecin demandeur : ______________  Signature : ______________"])
        text = "Bonjour,\n\nVoici la nouvelle version du formulaire UV-01 (révision d'octobre). Merci de détruire les anciennes copies imprimées et d'utiliser celle-ci dès maintenant.\n"
        subj, fn, note = "Formulaire UV-01 révisé", "Formulaire_UV-01_vierge.docx", "formulaire d'admission vierge"
    else:
        table = [["Field", "Value"], ["Patient name (last, first)", "______________________"], ["RAMQ", "____ ____ ____"],
                 ["Date of birth (YYYY-MM-DD)", "____-__-__"], ["Sex", "☐ F  ☐ M"], ["Address", ""], ["Phone", "(___) ___-____"],
                 ["Programme", "☐ HF  ☐ COPD  ☐ HTN  ☐ Diabetes  ☐ Postpartum"], ["Primary diagnosis", ""], ["Medications", ""]]
        docx = D.build_docx("Virtual Ward - Enrolment request", ["Form VW-01 (rev. 2024-10) - BLANK"], table=table,
                            after_table=["Referring physician: ______________  Signature: ______________"])
        text = "Hi,\n\nHere is the new VW-01 form (October revision). Please shred old printed copies and use this one from now on.\n"
        subj, fn, note = "Revised VW-01 enrolment form", "VW-01_blank.docx", "blank enrolment form"
    return neg(lang, "blank_form", note, subj, sp(coord), [("Unités de soins", "chefs-unites@" + C.DOM)], text=text + ctx.sig(coord, lang),
               date=when, atts=[Att(fn, DOCX, docx)])


# ---------------------------------------------------------------- mail-merge template
def n_mailmerge(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    coord = ctx.staff(lang, 0)
    if lang == "fr":
        tpl = """Objet : Retour de votre équipement de télésurveillance

Bonjour «Prénom» «Nom»,

Votre suivi à l'unité virtuelle se termine le «DateFin». Un messager passera récupérer l'équipement (numéro de série «NoSerie») le «DateCueillette» entre 9 h et 12 h au «Adresse».

Si cette date ne vous convient pas, appelez-nous au 450-555-0147.

L'équipe de l'unité virtuelle"""
        text = "Bonjour,\n\nVoici le gabarit de publipostage pour les lettres de fin de suivi. Les champs entre chevrons seront remplis par l'extraction du registre des prêts. Commentaires avant vendredi svp.\n\n----- GABARIT -----\n%s\n----- FIN -----\n" % tpl
        subj, note = "Gabarit - lettre de retour d'équipement", "gabarit de publipostage avec champs vides"
    else:
        tpl = """Subject: Returning your monitoring equipment

Dear {{FirstName}} {{LastName}},

Your virtual ward follow-up ends on {{EndDate}}. A courier will pick up the equipment (serial {{SerialNumber}}) on {{PickupDate}} between 9 a.m. and noon at {{HomeAddress}}.

If that date does not work, call us at 450-555-0147.

The Virtual Ward team"""
        text = "Hi,\n\nHere is the mail-merge template for end-of-monitoring letters. Fields in braces are filled from the loan registry extract. Comments by Friday please.\n\n----- TEMPLATE -----\n%s\n----- END -----\n" % tpl
        subj, note = "Template - equipment return letter", "mail-merge template with empty fields"
    return neg(lang, "template", note, subj, sp(coord), [sp(ctx.staff(lang, 4))], text=text + ctx.sig(coord, lang), date=when)


# ---------------------------------------------------------------- de-identified teaching case
def n_teaching(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    md = ctx.staff(lang, 1)
    age = rng.randint(68, 86)
    sex = rng.choice(["F", "M"])
    if lang == "fr":
        who = "Une femme" if sex == "F" else "Un homme"
        text = """Bonjour à tous,

Cas de la semaine pour la réunion de jeudi (dépersonnalisé) :

%s de %d ans, IC à FEVG préservée, FA permanente, IRC stade 3b, suivi%s à l'unité virtuelle. Au J9, gain de 2,4 kg en 72 h sans symptôme rapporté; TA 112/64. Diurétique augmenté par téléphone; au J11, créatinine de 128 à 171 µmol/L.

Questions :
1. Le seuil de 2 kg/48 h est-il adapté chez ce type de patient?
2. Quand déclencher une évaluation en personne plutôt qu'un ajustement à distance?
3. Quelle place pour la mesure de l'impédance ou du NT-proBNP à domicile?

Lecture suggérée : revue systématique sur la télésurveillance en IC (2023), disponible à la bibliothèque.
""" % (who, age, "e" if sex == "F" else "")
        subj, note = "Cas de la semaine - IC et seuils de poids", "cas clinique dépersonnalisé pour l'enseignement"
    else:
        who = "A woman" if sex == "F" else "A man"
        text = """Hi all,

Case of the week for Thursday rounds (de-identified):

%s aged %d with HFpEF, permanent AF and CKD 3b, enrolled in the virtual ward. Day 9: weight up 2.4 kg over 72 h with no reported symptoms; BP 112/64. Diuretic increased by phone; day 11 creatinine from 128 to 171 umol/L.

Questions:
1. Is the 2 kg/48 h threshold right for this kind of patient?
2. When should we trigger an in-person assessment instead of remote titration?
3. Is there a role for home impedance or NT-proBNP?

Suggested reading: 2023 systematic review of telemonitoring in HF, available from the library.
""" % (who, age)
        subj, note = "Case of the week - HF weight thresholds", "de-identified teaching case"
    return neg(lang, "teaching_case", note, subj, sp(md), [("Médecins UV", "uv-medecins@" + C.DOM)], text=text + ctx.sig(md, lang), date=when)


# ---------------------------------------------------------------- research protocol
def n_research(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    md = ctx.staff(lang, 2)
    if lang == "fr":
        paras = ["## Titre", "TÉLÉ-IC : essai pragmatique randomisé de télésurveillance post-congé en insuffisance cardiaque",
                 "## Objectif", "Comparer les réadmissions à 90 jours entre le suivi usuel et l'unité virtuelle.",
                 "## Critères d'inclusion", "Adultes hospitalisés pour IC décompensée, FEVG toute valeur, retour à domicile, accès à un téléphone.",
                 "## Critères d'exclusion", "Hébergement en CHSLD, dialyse, espérance de vie < 6 mois.",
                 "## Taille d'échantillon", "2 x 180 participants (puissance 80 %, alpha 0,05, réduction relative de 30 %).",
                 "## Éthique", "Approbation CER-CHRS 2024-117; consentement écrit; données codées, clé conservée par le chercheur principal."]
        docx = D.build_docx("Résumé de protocole - TÉLÉ-IC (v2.1)", paras)
        text = "Bonjour,\n\nCi-joint le résumé du protocole v2.1 pour information du comité. Le recrutement débutera en janvier; aucun participant n'est encore inscrit.\n"
        subj, fn, note = "Protocole TÉLÉ-IC v2.1", "TELE-IC_protocole_v2.1.docx", "résumé de protocole de recherche sans participants"
    else:
        paras = ["## Title", "TELE-HF: pragmatic randomized trial of post-discharge remote monitoring in heart failure",
                 "## Objective", "Compare 90-day readmissions between usual care and the virtual ward.",
                 "## Inclusion", "Adults admitted for decompensated HF, any LVEF, discharged home, access to a phone.",
                 "## Exclusion", "Long-term care residents, dialysis, life expectancy < 6 months.",
                 "## Sample size", "2 x 180 participants (80% power, alpha 0.05, 30% relative reduction).",
                 "## Ethics", "REB CHRS 2024-117 approval; written consent; coded data, key held by the PI."]
        docx = D.build_docx("Protocol summary - TELE-HF (v2.1)", paras)
        text = "Hi,\n\nAttached is the v2.1 protocol summary for the committee's information. Recruitment starts in January; no participants are enrolled yet.\n"
        subj, fn, note = "TELE-HF protocol v2.1", "TELE-HF_protocol_v2.1.docx", "research protocol summary without participants"
    return neg(lang, "research", note, subj, sp(md), [("Comité de recherche", "recherche@" + C.DOM)], text=text + ctx.sig(md, lang), date=when,
               atts=[Att(fn, DOCX, docx)])


# ---------------------------------------------------------------- training webinar ICS
def n_training(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    st = ctx.staff("en", 12)
    start = datetime.datetime.combine(when.date() + TD(days=rng.randint(3, 15)), datetime.time(rng.choice([10, 13, 15]), 0))
    if lang == "fr":
        summary = "Formation Télévigie 5.0 - infirmières"
        desc = "Nouveautés : tableau de bord des alertes, gabarits de notes, seuils personnalisés. Lien Teams envoyé la veille."
        text = "Bonjour,\n\nVous êtes inscrits à la formation sur la version 5.0 de la plateforme (60 minutes). Invitation jointe.\n\nSoutien Télévigie\n"
        subj, note = "Invitation : formation Télévigie 5.0", "invitation à une formation sur la plateforme"
    else:
        summary = "Televigie 5.0 training - nurses"
        desc = "What's new: alert dashboard, note templates, custom thresholds. Teams link sent the day before."
        text = "Hello,\n\nYou are registered for the platform 5.0 training (60 minutes). Invitation attached.\n\n%s\n%s\n" % (st["name"], st["role"])
        subj, note = "Invitation: Televigie 5.0 training", "platform training invitation"
    att = [("Infirmières UV", "uv-infirmieres@" + C.DOM)]
    ics = D.build_ics("tr-%08x@%s" % (rng.getrandbits(32), C.VENDOR_DOM), start, start + TD(minutes=60), summary, desc, "Microsoft Teams",
                      (st["name"], st["addr"]), att, when.astimezone(datetime.timezone.utc))
    return neg(lang, "training", note, subj, (st["name"], st["addr"]), att, text=text, date=when,
               atts=[Att("formation.ics" if lang == "fr" else "training.ics", "text/calendar", ics, charset="utf-8", params=["method=REQUEST"])])


# ---------------------------------------------------------------- patient experience survey (anonymous)
def n_survey(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    an = ctx.staff("en", 10) if lang == "en" else ctx.staff("fr", 0)
    n = rng.randint(80, 190)
    if lang == "fr":
        text = """Bonjour,

Résultats du sondage d'expérience patient (%d répondants, taux de réponse %d %%) :
- Satisfaction globale : %s / 5
- « Je me sentais en sécurité à la maison » : %d %% d'accord
- Facilité d'utilisation de la tablette : %s / 5

Commentaires anonymes (extraits) :
« Les infirmières m'appelaient chaque fois que mon poids montait, ça me rassurait. »
« La balance se déconnectait souvent du wifi. »
« J'aurais aimé un guide en gros caractères. »
""" % (n, rng.randint(40, 70), ("%.1f" % rng.uniform(4.1, 4.8)).replace(".", ","), rng.randint(82, 96), ("%.1f" % rng.uniform(3.6, 4.6)).replace(".", ","))
        subj, note = "Sondage expérience patient - résultats", "résultats agrégés d'un sondage anonyme"
    else:
        text = """Hi,

Patient experience survey results (%d respondents, %d%% response rate):
- Overall satisfaction: %.1f / 5
- "I felt safe at home": %d%% agree
- Tablet ease of use: %.1f / 5

Anonymous comments (excerpts):
"The nurses called every time my weight went up, it was reassuring."
"The scale kept dropping off the Wi-Fi."
"I would have liked a large-print guide."
""" % (n, rng.randint(40, 70), rng.uniform(4.1, 4.8), rng.randint(82, 96), rng.uniform(3.6, 4.6))
        subj, note = "Patient experience survey - results", "aggregate anonymous survey results"
    return neg(lang, "statistics", note, subj, sp(an), [("Équipe UV", "uv-equipe@" + C.DOM)], text=text, date=when)


# ---------------------------------------------------------------- alert threshold protocol
def n_protocol(ctx, lang):
    rng = ctx.rng
    when = ctx.date()
    md = ctx.staff(lang, 1)
    if lang == "fr":
        lines = ["## Seuils d'alerte par défaut (adultes)", "Poids : +2 kg en 48 h ou +2,5 kg en 7 jours (IC)",
                 "TA systolique : > 180 ou < 90 mmHg; FC < 45 ou > 120", "SpO2 : < 88 % au repos (MPOC), < 92 % (COVID)",
                 "Glycémie : < 4,0 ou > 20,0 mmol/L", "## Ordonnances collectives associées",
                 "OC-UV-03 : ajustement du furosémide selon le poids (max. 80 mg/jour sans appel médical)",
                 "OC-UV-05 : début de prednisone 40 mg x 5 jours selon le plan d'action MPOC",
                 "## Escalade", "Rouge : appel dans les 30 minutes; jaune : dans les 4 heures."]
        pdf = D.build_pdf("Protocole PR-UV-02 - Seuils d'alerte (rév. 2024)", lines, header=C.HOSP)
        text = "Bonjour,\n\nLe protocole révisé des seuils d'alerte entre en vigueur le %s. Principaux changements : seuil de SpO2 MPOC abaissé à 88 %%, nouvelle ordonnance collective pour le furosémide.\n" % C.fmt_date(when.date() + TD(days=7), "fr_long")
        subj, fn, note = "Protocole PR-UV-02 révisé - seuils d'alerte", "PR-UV-02_seuils_alerte.pdf", "protocole clinique de seuils d'alerte"
    else:
        lines = ["## Default alert thresholds (adults)", "Weight: +2 kg in 48 h or +2.5 kg in 7 days (HF)",
                 "Systolic BP: > 180 or < 90 mmHg; HR < 45 or > 120", "SpO2: < 88% at rest (COPD), < 92% (COVID)",
                 "Glucose: < 4.0 or > 20.0 mmol/L", "## Related medical directives",
                 "MD-VW-03: furosemide titration by weight (max 80 mg/day without physician call)",
                 "MD-VW-05: prednisone 40 mg x 5 days per COPD action plan", "## Escalation", "Red: call within 30 minutes; amber: within 4 hours."]
        pdf = D.build_pdf("Protocol PR-VW-02 - Alert thresholds (rev. 2024)", lines, header=C.HOSP_EN)
        text = "Hi,\n\nThe revised alert threshold protocol takes effect on %s. Main changes: COPD SpO2 threshold lowered to 88%%, new medical directive for furosemide.\n" % C.fmt_date(when.date() + TD(days=7), "en_long")
        subj, fn, note = "Revised PR-VW-02 - alert thresholds", "PR-VW-02_alert_thresholds.pdf", "clinical alert threshold protocol"
    return neg(lang, "protocol", note, subj, sp(md), [("UV - tous", "uv-tous@" + C.DOM)], text=text + ctx.sig(md, lang), date=when,
               atts=[Att(fn, "application/pdf", pdf)])


TEMPLATES_C = ["n_downtime", "n_it_account", "n_facilities", "n_stats", "n_blank_form", "n_mailmerge", "n_teaching",
               "n_research", "n_training", "n_survey", "n_protocol"]
