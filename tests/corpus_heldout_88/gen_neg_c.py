"""Non-confidential messages, part C: clinical words without an identifiable
patient — newsletters, statistics, blank forms, teaching cases, shortages,
protocols, referral corridors, handouts, policies, anonymous mentions."""
import datetime

from gen_attach import make_docx, make_pdf, make_xlsx
from gen_base import Msg, closing, greet, later, msg_date, person_addr, signature
from gen_clin import dx, med
from gen_mime import build
from gen_util import DOCTORS, ORGS, dr, email_of, phone_clinic


def docs():
    return [dict(given=g, surname=s, sex=x, role=r) for g, s, x, r in DOCTORS]


# ------------------------------------------------------------------ 1
def newsletter(ctx, rng, lang):
    m = Msg(lang, "newsletter", "HTML newsletter about asthma/COPD/sleep")
    date = msg_date(rng)
    if lang == "fr":
        title = rng.choice(["Le Souffle - infolettre du centre d'enseignement", "InfoRespir - novembre, mois de la MPOC",
                            "Bulletin du laboratoire du sommeil"])
        items = [("Saviez-vous que?", "Au Québec, environ 1 adulte sur 10 de plus de 35 ans vit avec une MPOC, et près de la moitié l'ignore."),
                 ("Technique d'inhalation", "Jusqu'à 70 % des patients utilisent mal leur aérosol-doseur. Revoyez la technique à chaque visite."),
                 ("Apnée du sommeil", "Ronflements, pauses respiratoires, somnolence au volant : parlez-en à votre médecin."),
                 ("Nouveau au centre", "Groupes d'enseignement le mardi soir; inscription au %s." % phone_clinic(rng, "819"))]
        foot = "Vous recevez ce bulletin parce que vous êtes abonné(e). Se désabonner"
    else:
        title = rng.choice(["Breathe Easy - Asthma & COPD Centre newsletter", "Sleep Lab Bulletin"])
        items = [("Did you know?", "About 1 in 10 adults over 35 lives with COPD, and half of them don't know it."),
                 ("Inhaler technique", "Up to 70% of patients misuse their MDI. Check technique at every visit."),
                 ("Sleep apnea", "Snoring, witnessed apneas, drowsy driving: talk to your doctor."),
                 ("New", "Evening group sessions on Tuesdays; call %s." % phone_clinic(rng, "819"))]
        foot = "You are receiving this because you subscribed. Unsubscribe"
    rng.shuffle(items)
    h = ("<html><head><style>h2{color:#1a5c8a}</style></head><body><table width=\"600\"><tr><td><h1>%s</h1>%s"
         "<p style=\"font-size:9pt;color:#888\">%s</p></td></tr></table></body></html>") % (
        title, "".join("<h2>%s</h2><p>%s</p>" % it for it in items), foot)
    return m.done((ORGS["cea"][0] if lang == "fr" else "Asthma & COPD Centre", "infolettre@cea-ras.example"),
                  [("Abonnés" if lang == "fr" else "Subscribers", "abonnes@cea-ras.example")], title, None, html=h,
                  date=date, mode=rng.choice(["html", "alt"]))


# ------------------------------------------------------------------ 2
def statistics(ctx, rng, lang):
    m = Msg(lang, "statistics", "aggregate programme statistics")
    st = ctx.staff(rng, lang, "admin")
    boss = {"given": "Isabelle", "surname": "Fréchette", "sex": "F"}
    date = msg_date(rng)
    months = ["avr.", "mai", "juin", "juil.", "août", "sept."] if lang == "fr" else ["Apr", "May", "Jun", "Jul", "Aug", "Sep"]
    hdr = (["Mois", "PSG réalisées", "Titrations", "Délai moyen (sem.)", "Observance ≥ 4 h (%)", "Nouveaux patients O2"]
           if lang == "fr" else ["Month", "PSGs", "Titrations", "Mean wait (wk)", "Adherence >= 4 h (%)", "New O2 patients"])
    rows = [hdr] + [[mo, rng.randint(60, 140), rng.randint(10, 40), rng.randint(8, 34), rng.randint(62, 81), rng.randint(12, 45)]
                    for mo in months]
    if lang == "fr":
        subj = rng.choice(["Indicateurs trimestriels - sommeil et O2", "Statistiques du programme VAD", "Tableau de bord inhalothérapie"])
        body = ("%s\n\nVoici les indicateurs du semestre. Faits saillants : délai d'attente pour la PSG en baisse, "
                "observance CPAP agrégée stable autour de %d %%, %d patients actifs au programme d'oxygénothérapie "
                "(%d %% MPOC, %d %% fibrose, autres %d %%).\n\n%s\n%s") % (
            greet(rng, lang, boss["given"]), rng.randint(68, 76), rng.randint(380, 920), 71, 12, 17, closing(rng, lang),
            signature(rng, st, lang, "cisss"))
    else:
        subj = rng.choice(["Quarterly indicators - sleep and O2", "Home ventilation program statistics"])
        body = ("%s\n\nAttached are the semester indicators. Highlights: PSG wait down, aggregate CPAP adherence ~%d%%, "
                "%d active home-O2 patients (71%% COPD, 12%% fibrosis).\n\n%s\n%s") % (
            greet(rng, lang, boss["given"]), rng.randint(68, 76), rng.randint(380, 920), closing(rng, lang), signature(rng, st, lang, "cisss"))
    m.attach(make_xlsx([("Indicateurs" if lang == "fr" else "Indicators", rows)], st["surname"]),
             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
             "indicateurs_%s.xlsx" % date.strftime("%Y_%m") if lang == "fr" else "indicators_%s.xlsx" % date.strftime("%Y_%m"))
    return m.done(person_addr(st, "cisss-bt.example"), [person_addr(boss, "cisss-bt.example")], subj, body, date=date)


# ------------------------------------------------------------------ 3
def blank_form(ctx, rng, lang):
    m = Msg(lang, "blank_form", "blank form / template with empty patient fields")
    st = ctx.staff(rng, lang)
    date = msg_date(rng)
    kind = rng.randrange(3)
    if lang == "fr":
        if kind == 0:
            lines = [("h1", "Demande d'oxygénothérapie à domicile"), "Nom du patient : ______________________",
                     "NAM : ____ ____ ____        Date de naissance : ____/____/____",
                     "Adresse : _________________________________  Tél. : (___) ___-____",
                     "Diagnostic :  [ ] MPOC   [ ] Fibrose pulmonaire   [ ] Hypertension pulmonaire   [ ] Autre : _______",
                     "Gaz artériel (air ambiant) : pH ____ PaCO2 ____ PaO2 ____   Date : ________",
                     "Débit prescrit : ____ L/min    [ ] 24 h   [ ] effort   [ ] nuit",
                     "Signature du médecin : ____________________  No de permis : _______"]
            fn, subj = "Formulaire_demande_O2_v2025.pdf", "Nouvelle version du formulaire de demande d'O2"
        elif kind == 1:
            lines = [("h1", "Échelle de somnolence d'Epworth"), "Nom : ____________________   Date : __________",
                     "Quelle est la probabilité que vous vous assoupissiez dans les situations suivantes? (0 à 3)",
                     "Assis en train de lire ____", "En regardant la télévision ____", "Passager d'une voiture pendant 1 h ____",
                     "Au volant, arrêté quelques minutes dans la circulation ____", "Total : ____ / 24"]
            fn, subj = "Epworth_vierge.pdf", "Questionnaire Epworth à imprimer"
        else:
            lines = [("h1", "Gabarit - rapport de polysomnographie"), "Patient : «NOM», «PRÉNOM»    Dossier : «DOSSIER»",
                     "Date de naissance : «DDN»    Médecin référent : «MÉDECIN»", "IAH : «IAH»/h   SpO2 nadir : «NADIR» %",
                     "Conclusion : «CONCLUSION»"]
            fn, subj = "gabarit_rapport_PSG.pdf", "Gabarit de rapport PSG mis à jour"
        body = "%s\n\n%s\n\n%s\n%s" % (greet(rng, lang), rng.choice([
            "Voici le formulaire vierge à jour. Merci de détruire les anciennes versions.",
            "Le formulaire est aussi sur l'intranet, section Inhalothérapie > Formulaires.",
            "À utiliser à partir du 1er du mois."]), closing(rng, lang), signature(rng, st, lang, "cisss"))
    else:
        if kind == 0:
            lines = [("h1", "Home Oxygen Application"), "Patient name: ______________________",
                     "Health card no.: ______________   Date of birth: ____/____/____",
                     "Diagnosis: [ ] COPD  [ ] ILD  [ ] PH  [ ] Other: ______", "ABG on room air: pH ___ PaCO2 ___ PaO2 ___",
                     "Flow: ___ L/min   [ ] continuous  [ ] exertion  [ ] nocturnal", "Physician signature: ______________"]
            fn, subj = "Home_O2_application_blank.pdf", "Updated home O2 application form"
        elif kind == 1:
            lines = [("h1", "Epworth Sleepiness Scale"), "Name: ____________  Date: ______",
                     "Sitting and reading ___", "Watching TV ___", "In a car, stopped in traffic ___", "Total: ___ / 24"]
            fn, subj = "Epworth_blank.pdf", "Epworth questionnaire to print"
        else:
            lines = [("h1", "PSG report template"), "Patient: {LAST}, {FIRST}   MRN: {MRN}", "DOB: {DOB}",
                     "AHI: {AHI}/h   SpO2 nadir: {NADIR}%", "Impression: {IMPRESSION}"]
            fn, subj = "PSG_report_template.pdf", "Updated PSG report template"
        body = "%s\n\nHere is the current blank version. Please discard old copies.\n\n%s\n%s" % (
            greet(rng, lang), closing(rng, lang), signature(rng, st, lang, "cisss"))
    m.attach(make_pdf(lines, compress=rng.random() < 0.5), "application/pdf", fn)
    return m.done(person_addr(st, "cisss-bt.example"), [("Équipe" if lang == "fr" else "Team", "inhalo-liste@cisss-bt.example")],
                  subj, body, date=date)


# ------------------------------------------------------------------ 4
def teaching_case(ctx, rng, lang):
    m = Msg(lang, "teaching_case", "anonymised teaching case for journal club")
    st = ctx.staff(rng, lang)
    date = msg_date(rng)
    age = rng.randint(38, 79)
    sexe = rng.choice(["homme", "femme"]) if lang == "fr" else rng.choice(["man", "woman"])
    ahi = rng.randint(35, 80)
    if lang == "fr":
        case = ("Cas clinique (anonymisé) : %s de %d ans, IMC %d, hypertension, %s. Somnolence diurne (Epworth %d). "
                "PSG : IAH %d/h, nadir 74 %%. Échec du CPAP à 14 cmH2O (IAH résiduel 22/h, apnées centrales émergentes). "
                "Questions : 1) servoventilation ou BiPAP ST? 2) rôle de la capnographie? 3) suivi de l'observance?") % (
            sexe.capitalize(), age, rng.randint(31, 44), dx("ohs", lang), rng.randint(12, 20), ahi)
        subj = rng.choice(["Club de lecture - cas de la semaine", "Cas clinique pour la réunion de jeudi", "Cas à discuter (anonymisé)"])
        body = "%s\n\n%s\n\nLes diapos suivront. Aucune donnée nominative.\n\n%s\n%s" % (
            greet(rng, lang), case, closing(rng, lang), signature(rng, st, lang, "sleep"))
    else:
        case = ("Teaching case (de-identified): %d-year-old %s, BMI %d, hypertension, %s. Epworth %d. PSG AHI %d/h, nadir 74%%. "
                "CPAP failure at 14 cmH2O with treatment-emergent central apneas. Questions: 1) ASV or BiPAP ST? "
                "2) role of capnography? 3) adherence follow-up?") % (age, sexe, rng.randint(31, 44), dx("ohs", lang),
                                                                         rng.randint(12, 20), ahi)
        subj = rng.choice(["Journal club - case of the week", "Teaching case for Thursday"])
        body = "%s\n\n%s\n\nSlides to follow. No identifiers.\n\n%s\n%s" % (greet(rng, lang), case, closing(rng, lang),
                                                                          signature(rng, st, lang, "sleep"))
    if rng.random() < 0.4:
        m.attach(make_pdf([("h1", "Cas clinique" if lang == "fr" else "Teaching case"), case], compress=True),
                 "application/pdf", "cas_clinique.pdf" if lang == "fr" else "teaching_case.pdf")
    return m.done(person_addr(st, "sommeil-vdp.example"), [("Résidents et inhalothérapeutes" if lang == "fr" else "Residents and RTs",
                                                            "enseignement@sommeil-vdp.example")], subj, body, date=date)


# ------------------------------------------------------------------ 5
def drug_shortage(ctx, rng, lang):
    m = Msg(lang, "drug_shortage", "pharmacy drug-shortage notice")
    ph = {"given": "Chantal", "surname": "Provencher", "sex": "F", "role": "pharmacienne" if lang == "fr" else "pharmacist"}
    date = msg_date(rng)
    drug = rng.choice([("salbutamol 100 mcg aérosol-doseur", "salbutamol 100 mcg MDI", "terbutaline Turbuhaler 0,5 mg"),
                       ("ipratropium 0,25 mg/mL pour nébulisation", "ipratropium 0.25 mg/mL nebules", "ipratropium aérosol-doseur avec chambre"),
                       ("budésonide 0,5 mg/2 mL nébules", "budesonide 0.5 mg/2 mL nebules", "fluticasone HFA avec chambre")])
    if lang == "fr":
        subj = "Rupture d'approvisionnement : %s" % drug[0]
        body = ("Bonjour à tous,\n\nLe fabricant nous avise d'une rupture de %s jusqu'à la mi-%s. Mesures :\n"
                "- privilégier l'aérosol-doseur avec chambre d'espacement plutôt que la nébulisation;\n"
                "- alternative suggérée : %s;\n- les ordonnances en cours seront substituées par la pharmacie, sauf avis contraire.\n\n"
                "Merci de votre collaboration.\n\n%s") % (drug[0], rng.choice(["mars", "mai", "juillet", "octobre"]), drug[2],
                                                         signature(rng, ph, lang, "hsa"))
    else:
        subj = "Drug shortage: %s" % drug[1]
        body = ("Hello all,\n\nThe manufacturer reports a shortage of %s until mid-%s. Prefer MDI with spacer over nebulization; "
                "pharmacy will substitute active orders unless otherwise specified.\n\n%s") % (
            drug[1], rng.choice(["March", "May", "July"]), signature(rng, ph, lang, "hsa"))
    return m.done(person_addr(ph, "hsa.example"), [("Médecins et inhalothérapeutes" if lang == "fr" else "Physicians and RTs", "cliniciens@hsa.example")],
                  subj, body, date=date)


# ------------------------------------------------------------------ 6
def research_protocol(ctx, rng, lang):
    m = Msg(lang, "research_protocol", "research protocol summary without participants")
    d = rng.choice(docs())
    date = msg_date(rng)
    if lang == "fr":
        subj = rng.choice(["Protocole RESPIRE-DOM - version 3 approuvée", "Étude sur la télésurveillance en MPOC : synopsis"])
        blocks = [("h", "Synopsis - étude RESPIRE-DOM"),
                  ("p", "Objectif : évaluer l'effet de la télésurveillance de la SpO2 sur les réadmissions à 90 jours chez les patients MPOC sous O2 à domicile."),
                  ("p", "Critères d'inclusion : MPOC GOLD 3-4, O2 à domicile depuis ≥ 3 mois, ≥ 1 hospitalisation dans la dernière année."),
                  ("p", "Critères d'exclusion : démence, espérance de vie < 6 mois, absence de couverture cellulaire."),
                  ("p", "Taille d'échantillon : 240 participants (2 bras). Issue principale : taux de réadmission."),
                  ("p", "Chercheur principal : %s. Approbation du CER : %s." % (dr(d, "fr"), date.strftime("%Y-%m-%d")))]
        body = "%s\n\nCi-joint le synopsis de la version approuvée par le comité d'éthique. Le recrutement débutera le mois prochain.\n\n%s\n%s" % (
            greet(rng, lang), closing(rng, lang), signature(rng, d, lang, "hsa"))
        fn = "Synopsis_RESPIRE-DOM_v3.docx"
    else:
        subj = rng.choice(["RESPIRE-HOME protocol v3 approved", "COPD telemonitoring study synopsis"])
        blocks = [("h", "Synopsis - RESPIRE-HOME"),
                  ("p", "Objective: effect of SpO2 telemonitoring on 90-day readmissions in COPD patients on home O2."),
                  ("p", "Inclusion: GOLD 3-4, home O2 >= 3 months, >= 1 admission in the past year."),
                  ("p", "Sample size: 240 participants, two arms. Primary outcome: readmission rate."),
                  ("p", "PI: %s." % dr(d, "en"))]
        body = "%s\n\nAttached is the REB-approved synopsis. Recruitment starts next month.\n\n%s\n%s" % (
            greet(rng, lang), closing(rng, lang), signature(rng, d, lang, "hsa"))
        fn = "RESPIRE-HOME_synopsis_v3.docx"
    m.attach(make_docx(blocks, d["surname"], "Synopsis"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fn)
    return m.done((dr(d, lang), email_of(d, "hsa.example")),
                  [("Équipe de recherche" if lang == "fr" else "Research team", "recherche@hsa.example")], subj, body, date=date)


# ------------------------------------------------------------------ 7
def physician_expertise(ctx, rng, lang):
    m = Msg(lang, "referral_corridor", "physicians named with the diseases they treat (referral corridors)")
    st = ctx.staff(rng, lang, "admin")
    date = msg_date(rng)
    ds = rng.sample(docs(), 4)
    areas_fr = ["fibrose pulmonaire et maladies interstitielles", "MPOC sévère et réduction de volume", "narcolepsie et hypersomnies",
                "ventilation à domicile des maladies neuromusculaires (SLA, Duchenne)", "asthme sévère et biologiques", "hypertension pulmonaire",
                "apnée du sommeil pédiatrique", "fibrose kystique adulte"]
    areas_en = ["pulmonary fibrosis and ILD", "severe COPD and lung volume reduction", "narcolepsy and hypersomnia",
                "home ventilation in neuromuscular disease (ALS, Duchenne)", "severe asthma and biologics", "pulmonary hypertension"]
    ar = rng.sample(areas_fr if lang == "fr" else areas_en, 4)
    if lang == "fr":
        subj = rng.choice(["Corridors de service - pneumologie", "À qui référer? mise à jour", "Mise à jour : cliniques spécialisées"])
        body = "%s\n\nVoici la mise à jour des corridors de référence en pneumologie :\n\n%s\n\nLes demandes passent toujours par le CRDS.\n\n%s\n%s" % (
            greet(rng, lang), "\n".join("- %s : %s (%s)" % (dr(d, "fr"), a, rng.choice(["lundi AM", "mardi", "jeudi PM", "vendredi"]))
                                       for d, a in zip(ds, ar)), closing(rng, lang), signature(rng, st, lang, "hsa"))
    else:
        subj = rng.choice(["Respirology referral corridors", "Who to refer to - update"])
        body = "%s\n\nUpdated respirology referral corridors:\n\n%s\n\n%s\n%s" % (
            greet(rng, lang), "\n".join("- %s: %s" % (dr(d, "en"), a) for d, a in zip(ds, ar)), closing(rng, lang),
            signature(rng, st, lang, "hsa"))
    return m.done(person_addr(st, "hsa.example"), [("Médecins de famille GMF" if lang == "fr" else "Family physicians", "gmf-liste@cisss-bt.example")],
                  subj, body, date=date)


# ------------------------------------------------------------------ 8
def education_handout(ctx, rng, lang):
    m = Msg(lang, "education_handout", "generic patient-education handout")
    st = ctx.staff(rng, lang, "rt")
    date = msg_date(rng)
    kind = rng.randrange(3)
    if lang == "fr":
        title, lines = [
            ("Entretien de votre appareil CPAP", ["Lavez le masque chaque jour à l'eau tiède savonneuse.", "Videz et séchez le réservoir d'eau chaque matin; utilisez de l'eau distillée.",
                                                  "Remplacez le filtre tous les mois et le masque aux 6 à 12 mois.", "En cas de fuite ou d'irritation, communiquez avec votre inhalothérapeute."]),
            ("Utiliser son aérosol-doseur avec une chambre", ["Agitez l'inhalateur.", "Expirez complètement, placez l'embout.", "Appuyez une fois, inspirez lentement et profondément.",
                                                             "Retenez votre souffle 10 secondes. Rincez la bouche après un corticostéroïde."]),
            ("Sécurité de l'oxygène à la maison", ["Ne fumez jamais et ne laissez personne fumer près de l'oxygène.", "Gardez l'appareil à 2 mètres de toute flamme.",
                                                   "Ne pas utiliser de produits à base de pétrole sur le visage.", "Installez un détecteur de fumée fonctionnel."]),
        ][kind]
        subj = rng.choice(["Dépliant à jour : %s" % title, "Feuillet d'enseignement - %s" % title])
        body = "%s\n\nVoici la version révisée du feuillet « %s » à remettre aux patients. Il est aussi offert en anglais.\n\n%s\n%s" % (
            greet(rng, lang), title, closing(rng, lang), signature(rng, st, lang, "cea"))
    else:
        title, lines = [
            ("Caring for your CPAP", ["Wash the mask daily in warm soapy water.", "Empty and dry the water chamber every morning; use distilled water.",
                                      "Replace the filter monthly and the mask every 6-12 months."]),
            ("Using your inhaler with a spacer", ["Shake the inhaler.", "Breathe out fully.", "Press once and breathe in slowly.", "Hold 10 seconds."]),
            ("Oxygen safety at home", ["Never smoke near oxygen.", "Keep the unit 2 m from any flame.", "Install a working smoke detector."]),
        ][kind]
        subj = "Updated handout: %s" % title
        body = "%s\n\nHere is the revised '%s' handout for patients.\n\n%s\n%s" % (greet(rng, lang), title, closing(rng, lang),
                                                                                signature(rng, st, lang, "cea"))
    m.attach(make_pdf([("h1", title)] + ["• " + l for l in lines], compress=rng.random() < 0.5), "application/pdf",
             title.replace(" ", "_").replace("'", "") + ".pdf")
    return m.done(person_addr(st, "cea-ras.example"), [("Équipe" if lang == "fr" else "Team", "inhalo-liste@cisss-bt.example")],
                  subj, body, date=date)


# ------------------------------------------------------------------ 9
def policy(ctx, rng, lang):
    m = Msg(lang, "policy", "procedure / policy document update")
    boss = {"given": "Isabelle", "surname": "Fréchette", "sex": "F", "role": "chef de service" if lang == "fr" else "manager"}
    date = msg_date(rng)
    if lang == "fr":
        title = rng.choice(["Procédure : changement de circuit de ventilateur à domicile", "Politique : gestion des bouteilles d'O2 au domicile",
                            "Procédure : désinfection des spiromètres entre patients"])
        blocks = [("h", title), ("p", "Version 3 — en vigueur le %s" % later(rng, date, 7, 30).strftime("%d/%m/%Y")),
                  ("h2", "Portée"), ("p", "S'applique aux inhalothérapeutes du programme régional et du laboratoire de fonction pulmonaire."),
                  ("h2", "Étapes"), ("p", "1. Hygiène des mains. 2. Vérifier les alarmes. 3. Remplacer le circuit et le filtre; consigner la date. "
                                         "4. Test de fuite. 5. Consigner au dossier."),
                  ("p", "Approuvé par : %s, %s" % (boss["given"] + " " + boss["surname"], boss["role"]))]
        subj = "Mise à jour : %s" % title
        body = "%s\n\nLa procédure révisée est jointe pour lecture obligatoire. Merci de signer le registre de lecture d'ici 30 jours.\n\n%s\n%s" % (
            greet(rng, lang), closing(rng, lang), signature(rng, boss, lang, "cisss"))
    else:
        title = rng.choice(["Procedure: home ventilator circuit change", "Policy: O2 cylinder handling in the home"])
        blocks = [("h", title), ("p", "Version 3 - effective %s" % later(rng, date, 7, 30).strftime("%B %d, %Y")),
                  ("h2", "Steps"), ("p", "1. Hand hygiene. 2. Check alarms. 3. Replace circuit and filter. 4. Leak test. 5. Document.")]
        subj = "Update: %s" % title
        body = "%s\n\nRevised procedure attached - mandatory reading within 30 days.\n\n%s\n%s" % (
            greet(rng, lang), closing(rng, lang), signature(rng, boss, lang, "cisss"))
    m.attach(make_docx(blocks, boss["surname"], title), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             title.split(":")[1].strip().replace(" ", "_")[:40] + ".docx")
    return m.done(person_addr(boss, "cisss-bt.example"), [("Équipe inhalo" if lang == "fr" else "RT team", "inhalo-liste@cisss-bt.example")],
                  subj, body, date=date)


# ------------------------------------------------------------------ 10
def anonymous_mention(ctx, rng, lang):
    m = Msg(lang, "anonymous_mention", "mentions a patient without anything identifying")
    a, b = ctx.staff(rng, lang, "rt"), ctx.staff(rng, lang)
    date = msg_date(rng)
    if lang == "fr":
        txt = rng.choice([
            "Un patient a appelé la garde cette nuit pour une alarme de haute pression sur sa BiPAP; réglé par téléphone (tubulure pliée). Rien à faire ce matin.",
            "La patiente de 14 h a annulé sa PSG (grippe). Peux-tu devancer le suivant sur la liste d'attente?",
            "Bilan de la garde de fin de semaine : 14 appels, 3 visites à domicile, 1 transfert à l'urgence. Aucun bris d'équipement.",
            "Quelqu'un a laissé un message sur la boîte générale pour savoir si le CPAP est remboursé par la RAMQ. Peux-tu envoyer le feuillet d'information générale?",
            "Le monsieur de la chambre 3 du labo a oublié sa brosse à dents et ses lunettes. C'est à l'accueil.",
            "Deux patients de la cohorte de réadaptation ont demandé s'il y aura une session d'été. Qu'est-ce qu'on répond?"])
        subj = rng.choice(["Garde de nuit", "Annulation", "Petit suivi", "Message boîte générale", "Objets oubliés", "Question réadapt"])
        body = "%s\n\n%s\n\n%s" % (greet(rng, lang, b["given"]), txt, signature(rng, a, lang, short=rng.random() < 0.5))
    else:
        txt = rng.choice([
            "A patient called on-call overnight about a high-pressure alarm on their BiPAP; kinked tubing, fixed by phone.",
            "The 2 pm PSG cancelled (flu). Can you move up the next person on the wait list?",
            "Weekend on-call summary: 14 calls, 3 home visits, 1 ER transfer. No equipment failures.",
            "Someone left a message asking whether CPAP is covered by RAMQ. Could you send the general info sheet?"])
        subj = rng.choice(["Overnight call", "Cancellation", "Quick follow-up", "General inbox message"])
        body = "%s\n\n%s\n\n%s" % (greet(rng, lang, b["given"]), txt, signature(rng, a, lang, short=rng.random() < 0.5))
    return m.done(person_addr(a, "cisss-bt.example"), [person_addr(b, "cisss-bt.example")], subj, body, date=date)


# ------------------------------------------------------------------ 11
def quality_incidents(ctx, rng, lang):
    m = Msg(lang, "quality_report", "aggregate incident / quality report")
    q = {"given": "Patrick", "surname": "Hamel", "sex": "M", "role": "conseiller qualité" if lang == "fr" else "quality advisor"}
    date = msg_date(rng)
    n = [rng.randint(1, 9) for _ in range(5)]
    if lang == "fr":
        subj = "Rapport trimestriel des incidents et accidents - inhalothérapie"
        body = ("%s\n\nRésumé du trimestre (données agrégées, aucune information nominative) :\n\n"
                "- Déconnexions de circuit de ventilateur à domicile : %d (0 conséquence grave)\n- Bouteilles d'O2 livrées en retard : %d\n"
                "- Erreurs de réglage de pression CPAP à l'installation : %d\n- Chutes au labo du sommeil : %d\n- Brûlures liées au tabagisme sous O2 : %d\n\n"
                "Actions : rappel sur la double vérification des réglages; audit des délais du fournisseur.\n\n%s\n%s") % (
            greet(rng, lang), n[0], n[1], n[2], n[3], n[4], closing(rng, lang), signature(rng, q, lang, "cisss"))
    else:
        subj = "Quarterly incident report - respiratory therapy"
        body = ("%s\n\nQuarter summary (aggregate, no identifying information):\n\n- Home ventilator circuit disconnections: %d\n"
                "- Late O2 cylinder deliveries: %d\n- CPAP pressure set-up errors: %d\n- Falls in the sleep lab: %d\n"
                "- Smoking-related burns on O2: %d\n\n%s\n%s") % (greet(rng, lang), n[0], n[1], n[2], n[3], n[4], closing(rng, lang),
                                                               signature(rng, q, lang, "cisss"))
    return m.done(person_addr(q, "cisss-bt.example"), [("Direction des services multidisciplinaires" if lang == "fr" else "Allied Health Directorate",
                                                        "dsm@cisss-bt.example")], subj, body, date=date)


# ------------------------------------------------------------------ 12
def lab_qc(ctx, rng, lang):
    m = Msg(lang, "lab_qc", "PFT lab calibration and biological-control QC (staff volunteer)")
    tech = ctx.staff(rng, lang, "rt")
    boss = {"given": "Isabelle", "surname": "Fréchette", "sex": "F"}
    date = msg_date(rng)
    rows = [["Date", "Seringue 3 L (L)" if lang == "fr" else "3 L syringe (L)", "Écart (%)" if lang == "fr" else "Error (%)",
             "Contrôle biologique VEMS (L)" if lang == "fr" else "Biocontrol FEV1 (L)", "CVF (L)" if lang == "fr" else "FVC (L)"]]
    base = rng.uniform(3.4, 4.4)
    for i in range(10):
        d = (date - datetime.timedelta(days=10 - i)).date()
        vol = round(3 + rng.uniform(-0.06, 0.06), 3)
        rows.append([d.isoformat(), vol, round((vol - 3) / 3 * 100, 1), round(base + rng.uniform(-0.1, 0.1), 2),
                     round(base * 1.24 + rng.uniform(-0.1, 0.1), 2)])
    if lang == "fr":
        subj = rng.choice(["Contrôle de qualité EFR - mois", "CQ spiromètres et pléthysmographe"])
        body = ("%s\n\nCQ du mois ci-joint. Toutes les vérifications à la seringue de 3 L sont dans la tolérance de ±3 %%. "
                "Le contrôle biologique (technologue volontaire) reste stable. Le pléthysmographe sera recalibré par le "
                "fournisseur le %s.\n\n%s\n%s") % (greet(rng, lang, boss["given"]), later(rng, date, 5, 20).strftime("%d/%m"),
                                                  closing(rng, lang), signature(rng, tech, lang, "pft"))
    else:
        subj = "PFT lab QC - monthly"
        body = ("%s\n\nMonthly QC attached. All 3 L syringe checks within ±3%%; biological control (staff volunteer) stable.\n\n%s\n%s") % (
            greet(rng, lang, boss["given"]), closing(rng, lang), signature(rng, tech, lang, "pft"))
    m.attach(make_xlsx([("CQ" if lang == "fr" else "QC", rows)], tech["surname"]),
             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "CQ_EFR_%s.xlsx" % date.strftime("%Y%m"))
    return m.done(person_addr(tech, "hsa.example"), [person_addr(boss, "hsa.example")], subj, body, date=date)


# ------------------------------------------------------------------ 13
def forwarded_bulletin(ctx, rng, lang):
    m = Msg(lang, "forwarded_bulletin", "vendor/association bulletin forwarded as attached .eml")
    st = ctx.staff(rng, lang)
    v = ctx.vendor(rng)
    date = msg_date(rng)
    old = date - datetime.timedelta(days=rng.randint(1, 6))
    if lang == "fr":
        isubj = rng.choice(["Nouveautés produits - ventilation", "Bulletin clinique : humidification en VNI", "Mise à jour logicielle disponible"])
        ibody = ("Bonjour,\n\nDans ce bulletin :\n- nouvelle version du logiciel de téléchargement (v5.2), compatible avec les appareils "
                 "de 2019 et plus;\n- rappel : l'humidification chauffante réduit la sécheresse nasale chez 60 %% des utilisateurs de CPAP;\n"
                 "- formation en ligne gratuite sur la VNI, 1,5 h reconnue.\n\nL'équipe %s\n%s") % (v["company"], phone_clinic(rng, "514"))
        intro = rng.choice(["Pour info, peut intéresser l'équipe.", "À lire, surtout le point sur le logiciel.", "FYI"])
    else:
        isubj = rng.choice(["Product news - ventilation", "Clinical bulletin: humidification in NIV"])
        ibody = ("Hello,\n\nIn this bulletin:\n- new download software (v5.2);\n- heated humidification reduces nasal dryness in 60%% of CPAP users;\n"
                 "- free online NIV course, 1.5 CE hours.\n\nThe %s team") % v["company"]
        intro = rng.choice(["FYI, might interest the team.", "Worth a read."])
    inner = {"lang": lang, "from": (v["company"], "nouvelles@" + v["domain"]), "to": [person_addr(st, "cisss-bt.example")],
             "subject": isubj, "body": ibody, "date": old, "msgid_seed": "inner-%d" % rng.randrange(10 ** 9),
             "mode": rng.choice(["plain", "alt"]), "attachments": []}
    raw = build(inner, rng)
    m.attach(raw, "message/rfc822", ("%s.eml" % isubj.replace(" ", "_").replace(":", ""))[:60] if rng.random() < 0.7 else None)
    body = "%s\n\n%s\n\n%s" % (greet(rng, lang), intro, signature(rng, st, lang, short=True))
    return m.done(person_addr(st, "cisss-bt.example"), [("Équipe inhalo" if lang == "fr" else "RT team", "inhalo-liste@cisss-bt.example")],
                  ("TR: " if lang == "fr" else "Fwd: ") + isubj, body, date=date)


TEMPLATES = [
    (newsletter, 3, 3), (statistics, 4, 3), (blank_form, 4, 2), (teaching_case, 3, 3), (drug_shortage, 3, 2),
    (research_protocol, 2, 2), (physician_expertise, 3, 2), (education_handout, 3, 2), (policy, 3, 2),
    (anonymous_mention, 5, 3), (quality_incidents, 2, 2), (lab_qc, 2, 1), (forwarded_bulletin, 2, 2),
]
