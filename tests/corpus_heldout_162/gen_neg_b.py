"""Negative templates, part B: IT, facilities, statistics, teaching cases, blank forms,
templates, shortages, recalls, research, staff events, directories, invites, vCards,
policy bundles, handouts, forwarded vendor mail, equipment reports."""
import datetime as dt

from gen_attach import make_csv, make_ics, make_pdf
from gen_build import html_table, text_table, to_html
from gen_common import (CLINIC, DERMS, FAMILY_EN, FAMILY_FR, HOSP, NURSES, S, day_en, day_fr, fmt_date,
                        signature)
from gen_mime import Leaf
from gen_neg_a import EXT, ext_name, luhn_number, mod97_ref


# ---------------------------------------------------------------------------------------- 13
def it_mail(m):
    r, fr = m.rng, m.lang == "fr"
    m.category = "it_notice"
    m.note = "IT notice about EMR maintenance, passwords or phishing" if not fr else "avis informatique : maintenance du DME, mots de passe ou hameçonnage"
    it = S("dionne")
    day = m.later_day(r.randint(2, 9))
    v = r.randrange(3)
    if fr:
        text = [f"Bonjour,\n\nLe dossier médical électronique (DME) sera indisponible le {day_fr(day)} de 18 h à 22 h pour la mise à jour 8.4. "
                f"Les formulaires de télédermatologie seront en mode lecture seule. Imprimez vos listes de la journée suivante avant 17 h.\n\n",
                "Bonjour,\n\nPlusieurs d'entre vous ont reçu un courriel « Mise à jour de votre boîte RAMQ » demandant vos identifiants. "
                "C'est une tentative d'hameçonnage : ne cliquez pas sur le lien et supprimez le message. En cas de doute, appelez le poste 2299.\n\n",
                f"Bonjour,\n\nLes mots de passe Windows expireront le {day_fr(day)}. Nouvelle exigence : 14 caractères minimum. "
                f"L'authentification à deux facteurs sera obligatoire pour l'accès à distance au DME.\n\n"][v]
        subj = ["Maintenance DME - " + day.isoformat(), "ALERTE hameçonnage", "Changement de mot de passe obligatoire"][v]
    else:
        text = [f"Hello,\n\nThe EMR will be unavailable on {day_en(day)} from 6 to 10 pm for the 8.4 upgrade. Teledermatology forms will be read-only. "
                f"Print the next day's lists before 5 pm.\n\n",
                "Hello,\n\nSeveral of you received an e-mail titled \"Update your RAMQ mailbox\" asking for credentials. This is phishing: "
                "do not click the link and delete the message. If in doubt, call ext. 2299.\n\n",
                f"Hello,\n\nWindows passwords will expire on {day_en(day)}. New rule: 14 characters minimum. Two-factor authentication "
                f"will be required for remote EMR access.\n\n"][v]
        subj = ["EMR maintenance - " + day.isoformat(), "PHISHING alert", "Mandatory password change"][v]
    text += signature(it, m.lang, r)
    return m.render(it, [("Tout le personnel" if fr else "All staff", f"personnel@{CLINIC['domain']}")], subj, text,
                    importance="high" if v == 1 else None)


# ---------------------------------------------------------------------------------------- 14
def facilities(m):
    r, fr = m.rng, m.lang == "fr"
    m.category = "facilities_notice"
    m.note = "building notice (HVAC, parking, fire drill)" if not fr else "avis du bâtiment (climatisation, stationnement, exercice d'évacuation)"
    fac = S("houde")
    day = m.later_day(r.randint(1, 7))
    v = r.randrange(3)
    if fr:
        text = [f"Bonjour,\n\nLa climatisation de la salle de photothérapie (local 214) sera arrêtée le {day_fr(day)} de 7 h à 11 h pour le remplacement "
                f"d'un compresseur. Les séances du matin sont déplacées en après-midi. Le technicien de Frigo-Pro (819-555-0188) sera sur place.",
                f"Bonjour,\n\nLe stationnement P2 sera fermé le {day_fr(day)} pour le marquage des lignes. Utilisez le P3 de la rue Hart.",
                f"Bonjour,\n\nExercice d'évacuation incendie le {day_fr(day)} vers 10 h. Les patients en cabine doivent être sortis et accompagnés "
                f"au point de rassemblement (stationnement avant)."][v]
        subj = ["Arrêt climatisation - local 214", "Fermeture stationnement P2", "Exercice d'évacuation"][v]
    else:
        text = [f"Hello,\n\nAir conditioning in the phototherapy room (room 214) will be off on {day_en(day)} from 7 to 11 am to replace a compressor. "
                f"Morning sessions move to the afternoon. The Frigo-Pro technician (819-555-0188) will be on site.",
                f"Hello,\n\nParking lot P2 will be closed on {day_en(day)} for line painting. Please use P3 on Hart Street.",
                f"Hello,\n\nFire drill on {day_en(day)} around 10 am. Anyone in a phototherapy booth must be brought out and escorted to the "
                f"assembly point (front parking)."][v]
        subj = ["AC shutdown - room 214", "P2 parking closure", "Fire drill"][v]
    text += "\n\n" + signature(fac, m.lang, r)
    return m.render(fac, [("Tout le personnel" if fr else "All staff", f"personnel@{CLINIC['domain']}")], subj, text)


# ---------------------------------------------------------------------------------------- 15
def statistics(m):
    r, fr = m.rng, m.lang == "fr"
    m.category = "aggregate_statistics"
    m.note = "aggregate teledermatology and clinic activity statistics" if not fr else "statistiques agrégées d'activité de la télédermatologie et de la clinique"
    coord = S("guay")
    months = ["Janv.", "Févr.", "Mars"] if fr else ["Jan", "Feb", "Mar"]
    hdr = ["Indicateur" if fr else "Indicator"] + months
    rows = [hdr,
            ["Demandes reçues" if fr else "Requests received"] + [str(r.randint(60, 120)) for _ in months],
            ["Réponse ≤ 7 jours (%)" if fr else "Answered ≤ 7 days (%)"] + [str(r.randint(70, 95)) for _ in months],
            ["Convoqués en clinique (%)" if fr else "Converted to visit (%)"] + [str(r.randint(18, 40)) for _ in months],
            ["Mélanomes diagnostiqués" if fr else "Melanomas diagnosed"] + [str(r.randint(1, 6)) for _ in months],
            ["Carcinomes basocellulaires" if fr else "Basal cell carcinomas"] + [str(r.randint(8, 25)) for _ in months],
            ["Patients actifs sous biologique" if fr else "Active biologic patients"] + [str(r.randint(300, 360)) for _ in months]]
    intro = (("Bonjour,\n\nVoici le tableau de bord du trimestre. Le taux de photos inutilisables est descendu à "
              f"{r.randint(4, 9)} % depuis la formation des GMF. Aucune donnée nominative.\n\n") if fr else
             ("Hello,\n\nHere is the quarterly dashboard. Unusable photos dropped to "
              f"{r.randint(4, 9)}% since the primary-care training. No patient-level data.\n\n"))
    sig = signature(coord, m.lang, r)
    if r.random() < 0.5:
        m.xlsx("tableau_de_bord_T1.xlsx" if fr else "dashboard_Q1.xlsx", [("T1" if fr else "Q1", rows)], author=coord.full)
        return m.render(coord, [S("lapierre"), S("raman")], "Tableau de bord T1" if fr else "Q1 dashboard", intro + sig)
    return m.render(coord, [S("lapierre"), S("raman")], "Statistiques téléderm T1" if fr else "Teledermatology Q1 stats",
                    intro + text_table(rows) + "\n\n" + sig, html_body=to_html(intro) + html_table(rows) + to_html(sig),
                    mode=r.choice(["alt", "html"]))


# ---------------------------------------------------------------------------------------- 16
def teaching_case(m):
    r, fr = m.rng, m.lang == "fr"
    m.category = "teaching_case"
    m.note = "de-identified teaching case for residents' journal club" if not fr else "cas clinique dépersonnalisé pour le club de lecture des résidents"
    res = S(r.choice(["lacasse", "ouimet", "nakamura"]))
    age = r.randint(24, 78)
    case = r.choice([("une femme de {a} ans avec des plaques annulaires du tronc, biopsie : dermatite d'interface; ANA 1/640, anti-Ro positif.",
                      "a {a}-year-old woman with annular truncal plaques; biopsy: interface dermatitis; ANA 1:640, anti-Ro positive."),
                     ("un homme de {a} ans, greffé rénal sous tacrolimus, avec 14 carcinomes épidermoïdes en 2 ans.",
                      "a {a}-year-old male kidney transplant recipient on tacrolimus with 14 squamous cell carcinomas in 2 years."),
                     ("un homme de {a} ans avec nodules et tunnels axillaires réfractaires à l'adalimumab à dose hebdomadaire.",
                      "a {a}-year-old man with axillary nodules and tunnels refractory to weekly adalimumab.")])
    c = (case[0] if fr else case[1]).format(a=age)
    day = m.later_day(r.randint(2, 9))
    text = ((f"Bonjour à tous,\n\nPour le club de lecture du {day_fr(day)}, cas présenté : {c}\n\nQuestions : diagnostic différentiel, "
             f"prochaines étapes, données probantes pour l'option thérapeutique. Toutes les photos sont dépersonnalisées "
             f"(aucun visage, aucun tatouage) et le consentement à l'enseignement est au dossier.\n\nArticles en pièce jointe.\n\n{res.given}") if fr else
            (f"Hi all,\n\nFor journal club on {day_en(day)}, the case: {c}\n\nQuestions: differential, next steps, evidence for the treatment "
             f"options. Photos are de-identified (no faces, no tattoos) and teaching consent is on file.\n\nPapers attached.\n\n{res.given}"))
    m.pdf("cas_club_lecture.pdf" if fr else "journal_club_case.pdf", "Club de lecture" if fr else "Journal club",
          [("h", "Club de lecture" if fr else "Journal club"), ("p", c),
           ("p", "Références : 1) J Am Acad Dermatol 2023;88:101-9. 2) Br J Dermatol 2024;190:55-63.")], org=None, author=res.full)
    if r.random() < 0.6:
        for k in range(r.randint(1, 2)):
            m.png(f"cas_{k + 1}_depersonnalise.png" if fr else f"case_{k + 1}_deidentified.png")
    return m.render(res, [("Résidents dermatologie" if fr else "Dermatology residents", f"residents@{HOSP['domain']}")],
                    ("Club de lecture - " if fr else "Journal club - ") + day.isoformat(), text)


# ---------------------------------------------------------------------------------------- 17
def blank_form(m):
    r, fr = m.rng, m.lang == "fr"
    m.category = "blank_form"
    m.note = "blank teledermatology request form sent to family physicians" if not fr else "formulaire vierge de demande de télédermatologie envoyé aux médecins de famille"
    coord = S("guay")
    if fr:
        fields = ["Nom du patient : ______________________", "Date de naissance (AAAA-MM-JJ) : ____________",
                  "NAM : ____ ____ ____   Exp. : ____", "Sexe :  F [ ]  M [ ]  X [ ]", "Téléphone : (___) ___-____",
                  "Motif de la demande : ______________________________",
                  "Médication actuelle : ______________________________", "Nombre de photos : ___  Dermoscopie : oui [ ] non [ ]",
                  "Médecin référent et no de permis : ____________________"]
        title = "Demande de téléconsultation en dermatologie — version 2025-02"
        text = (f"Bonjour,\n\nVoici la nouvelle version du formulaire de demande (à remplir par le médecin référent). "
                f"L'ancienne version ne sera plus acceptée à partir du {fmt_date(m.later_day(20), 'long', 'fr')}.\n\n{signature(coord, 'fr', r)}")
        subj = "Nouveau formulaire de demande - télédermatologie"
    else:
        fields = ["Patient name: ______________________", "Date of birth (YYYY-MM-DD): ____________",
                  "Health card no.: __________  Version: __", "Sex:  F [ ]  M [ ]  X [ ]", "Phone: (___) ___-____",
                  "Reason for referral: ______________________________", "Current medications: ______________________________",
                  "Number of photos: ___  Dermoscopy: yes [ ] no [ ]", "Referring clinician and billing no.: ____________________"]
        title = "Teledermatology request form — version 2025-02"
        text = (f"Hello,\n\nHere is the new version of the request form (to be completed by the referring clinician). "
                f"The old version will not be accepted after {fmt_date(m.later_day(20), 'long', 'en')}.\n\n{signature(coord, 'en', r)}")
        subj = "New teledermatology request form"
    if r.random() < 0.5:
        m.docx("formulaire_demande_TD.docx" if fr else "TD_request_form.docx", title, [("h", title)] + [("p", f) for f in fields], author=coord.full)
    else:
        m.pdf("formulaire_demande_TD.pdf" if fr else "TD_request_form.pdf", title, [("h", title)] + [("p", f) for f in fields] +
              [("small", f"Télécopieur : {CLINIC['fax']} — demandes@{CLINIC['tele_domain']}")], org="tele", author=coord.full)
    return m.render(coord, [("Médecins de famille - région" if fr else "Regional family physicians", "liste-mf@rls-deuxrives.example")], subj, text)


# ---------------------------------------------------------------------------------------- 18
def mailmerge_template(m):
    r, fr = m.rng, m.lang == "fr"
    m.category = "mailmerge_template"
    m.note = "appointment reminder mail-merge template with placeholders" if not fr else "modèle de publipostage de rappel de rendez-vous avec champs de fusion"
    clerk = S(r.choice(["beaulieu", "sauve", "whitfield"]))
    if fr:
        tpl = ("Bonjour «Prénom» «Nom»,\n\nNous vous rappelons votre rendez-vous en dermatologie le «DateRDV» à «HeureRDV» "
               "avec «Médecin». Apportez votre carte d'assurance maladie (NAM : «NAM») et la liste de vos médicaments.\n\n"
               "Pour annuler, composez le 819-555-0100 au moins 48 heures à l'avance.\n\nClinique de dermatologie des Deux-Rives")
        text = (f"Bonjour Kevin,\n\nPeux-tu charger ce modèle dans le module de rappels? Les champs entre « » viennent de l'agenda. "
                f"Je l'ai testé avec un rendez-vous fictif.\n\n{signature(clerk, 'fr', r)}\n\n---\n{tpl}")
        subj = "Modèle de rappel de rendez-vous"
    else:
        tpl = ("Dear {{first_name}} {{last_name}},\n\nThis is a reminder of your dermatology appointment on {{appt_date}} at {{appt_time}} "
               "with {{provider}}. Please bring your health card ({{health_card}}) and a list of your medications.\n\n"
               "To cancel, call 819-555-0100 at least 48 hours ahead.\n\nDeux-Rives Dermatology Clinic")
        text = (f"Hi Kevin,\n\nCould you load this template into the reminder module? Fields in braces come from the scheduler. "
                f"Tested with a dummy booking.\n\n{signature(clerk, 'en', r)}\n\n---\n{tpl}")
        subj = "Appointment reminder template"
    if r.random() < 0.5:
        m.docx("modele_rappel.docx" if fr else "reminder_template.docx", subj, [("p", x) for x in tpl.split("\n\n")], author=clerk.full)
    return m.render(clerk, [S("dionne")], subj, text)


# ---------------------------------------------------------------------------------------- 19
def shortage(m):
    r, fr = m.rng, m.lang == "fr"
    m.category = "drug_shortage_notice"
    m.note = "drug shortage notice from pharmacy department" if not fr else "avis de pénurie de médicament du département de pharmacie"
    ph = S("champagne")
    drug = r.choice([("méthoxsalène 10 mg (Oxsoralen-Ultra)", "methoxsalen 10 mg (Oxsoralen-Ultra)"),
                     ("calcipotriol/bétaméthasone gel 60 g", "calcipotriol/betamethasone gel 60 g"),
                     ("lidocaïne 1 % avec épinéphrine 30 mL", "lidocaine 1% with epinephrine 30 mL"),
                     ("perméthrine 5 % crème 30 g", "permethrin 5% cream 30 g")])
    date = fmt_date(m.later_day(r.randint(20, 60)), "long", m.lang)
    text = ((f"AVIS DE PÉNURIE\n\nProduit : {drug[0]}\nDurée prévue : jusqu'au {date}\n\nAlternatives : voir le tableau du comité de "
             f"pharmacologie. Les nouvelles initiations sont suspendues; les traitements en cours sont priorisés. "
             f"Aucune substitution sans l'accord du prescripteur.\n\n{signature(ph, 'fr', r)}") if fr else
            (f"SHORTAGE NOTICE\n\nProduct: {drug[1]}\nExpected duration: until {date}\n\nAlternatives: see the P&T table. New starts are on hold; "
             f"ongoing treatments are prioritised. No substitution without prescriber approval.\n\n{signature(ph, 'en', r)}"))
    return m.render(ph, [("Prescripteurs dermatologie" if fr else "Dermatology prescribers", f"dermatologues@{CLINIC['domain']}")],
                    ("Pénurie - " if fr else "Shortage - ") + (drug[0] if fr else drug[1]).split(" (")[0], text)


# ---------------------------------------------------------------------------------------- 20
def recall_notice(m):
    r, fr = m.rng, m.lang == "fr"
    m.category = "product_recall"
    m.note = "manufacturer recall of lots or device serial numbers" if not fr else "rappel de lots ou de numéros de série par le fabricant"
    qa = ("Assurance qualité - Dermaline", "qualite@dermaline.example")
    lots = [luhn_number(r, 9), luhn_number(r, 10), mod97_ref(r)]
    prod = r.choice([("Écran solaire minéral FPS 50, tube 100 mL", "Mineral sunscreen SPF 50, 100 mL tube"),
                     ("Dermatoscope DL5 — batterie", "DL5 dermatoscope — battery"),
                     ("Lampes UVB-BE TL01 100 W", "NB-UVB TL01 100 W lamps")])
    if fr:
        text = (f"AVIS DE RAPPEL VOLONTAIRE\n\nProduit : {prod[0]}\nLots / numéros de série visés :\n" + "\n".join(f"  - {x}" for x in lots) +
                "\n\nMotif : défaut d'étiquetage (aucun risque pour la santé signalé). Veuillez retirer les unités concernées et "
                "communiquer avec notre service à la clientèle au 1-800-555-0142 pour un crédit.\n\nDermaline Médical inc.")
        subj = "Rappel volontaire - " + prod[0]
    else:
        text = (f"VOLUNTARY RECALL NOTICE\n\nProduct: {prod[1]}\nAffected lots / serial numbers:\n" + "\n".join(f"  - {x}" for x in lots) +
                "\n\nReason: labelling defect (no health risk reported). Please quarantine affected units and call customer service "
                "at 1-800-555-0142 for credit.\n\nDermaline Medical Inc.")
        subj = "Voluntary recall - " + prod[1]
    return m.render(qa, [("Comptes fournisseurs" if fr else "Accounts payable", f"comptes@{CLINIC['domain']}"), S("houde")], subj, text)


# ---------------------------------------------------------------------------------------- 21
def research_protocol(m):
    r, fr = m.rng, m.lang == "fr"
    m.category = "research_protocol"
    m.note = "research protocol summary without participant identities" if not fr else "résumé de protocole de recherche sans identité de participants"
    pi = S(r.choice(["vachon", "raman", "weiss"]))
    if fr:
        blocks = [("h", "Registre régional des patients psoriasiques sous biologiques — Protocole v1.3"),
                  ("p", f"Chercheuse principale : {pi.titled('fr')}"),
                  ("p", "Objectif : décrire la persistance thérapeutique à 3 ans et les motifs d'arrêt."),
                  ("p", "Critères d'inclusion : 18 ans et plus; psoriasis en plaques confirmé; début d'un biologique depuis 2020."),
                  ("p", "Critères d'exclusion : participation à un essai clinique concomitant; refus de consentement."),
                  ("p", "Données : codées à la source (identifiant d'étude à 6 caractères). La clé de codage reste à la clinique."),
                  ("p", "Taille visée : 400 participants. Approbation du CER : 2025-014.")]
        text = (f"Bonjour,\n\nCi-joint la version 1.3 du protocole approuvée par le comité d'éthique. Le recrutement débutera le mois prochain; "
                f"aucune donnée de participant n'a encore été recueillie.\n\n{signature(pi, 'fr', r)}")
        subj = "Protocole registre psoriasis v1.3"
    else:
        blocks = [("h", "Regional registry of psoriasis patients on biologics — Protocol v1.3"),
                  ("p", f"Principal investigator: {pi.titled('en')}"),
                  ("p", "Objective: describe 3-year drug survival and reasons for discontinuation."),
                  ("p", "Inclusion: age 18+; confirmed plaque psoriasis; biologic started since 2020."),
                  ("p", "Exclusion: concurrent clinical trial; no consent."),
                  ("p", "Data: coded at source (6-character study ID). The linking key stays at the clinic."),
                  ("p", "Target: 400 participants. REB approval: 2025-014.")]
        text = (f"Hello,\n\nAttached is protocol v1.3 as approved by the REB. Recruitment starts next month; no participant data "
                f"has been collected yet.\n\n{signature(pi, 'en', r)}")
        subj = "Psoriasis registry protocol v1.3"
    if r.random() < 0.5:
        m.pdf("protocole_v1.3.pdf" if fr else "protocol_v1.3.pdf", subj, blocks, org="clinic", author=pi.full)
    else:
        m.docx("protocole_v1.3.docx" if fr else "protocol_v1.3.docx", subj, blocks, author=pi.full)
    return m.render(pi, [S(x) for x in r.sample(DERMS, 3) if x != pi.key] or [S("lapierre")], subj, text)


# ---------------------------------------------------------------------------------------- 22
def staff_event(m):
    r, fr = m.rng, m.lang == "fr"
    m.category = "staff_announcement"
    m.note = "staff baby announcement or birthday with dates of birth of staff" if not fr else "annonce de naissance ou anniversaire du personnel avec dates de naissance"
    sender = S(r.choice(["beaulieu", "lapierre", "gingras"]))
    emp = S(r.choice(NURSES + ["sauve", "whitfield", "aubin"]))
    bd = m.day - dt.timedelta(days=r.randint(1, 10))
    v = r.randrange(2)
    if v == 0:
        baby = r.choice(["Léo", "Rosalie", "Florent", "Maëlle", "Arthur"])
        text = ((f"Bonne nouvelle!\n\n{emp.given} {emp.surname} est maman d'un petit {baby}, né le {fmt_date(bd, 'long', 'fr')} à 3 h 12, "
                 f"{r.choice(['3,2', '3,6', '2,9'])} kg. Maman et bébé vont très bien.\n\nUne carte circule à la réception pour ceux qui veulent signer.\n\n{sender.given}") if fr else
                (f"Great news!\n\n{emp.given} {emp.surname} had a baby, {baby}, born {fmt_date(bd, 'long', 'en')} at 3:12 am, "
                 f"{r.choice(['7 lb 1 oz', '7 lb 15 oz', '6 lb 6 oz'])}. Mom and baby are doing great.\n\nA card is at the front desk if you'd like to sign.\n\n{sender.given}"))
        subj = "Bienvenue bébé!" if fr else "Welcome baby!"
    else:
        staff = r.sample([S(x) for x in NURSES + ["beaulieu", "sauve", "gingras", "proulx", "dionne"]], 4)
        lines = [f"{p.given} {p.surname} — {fmt_date(dt.date(r.randint(1970, 1999), m.day.month, r.randint(1, 28)), 'long', m.lang)}" for p in staff]
        text = (("Anniversaires du mois (dates de naissance fournies avec accord) :\n\n" if fr else "This month's birthdays (dates of birth shared with permission):\n\n")
                + "\n".join(lines) + ("\n\nGâteau jeudi 15 h à la cuisine!\n\n" if fr else "\n\nCake Thursday at 3 pm in the kitchen!\n\n") + sender.given)
        subj = "Anniversaires du mois" if fr else "Birthdays this month"
    return m.render(sender, [("Tout le personnel" if fr else "All staff", f"personnel@{CLINIC['domain']}")], subj, text, mode=r.choice(["plain", "html", "alt"]))


# ---------------------------------------------------------------------------------------- 23
def physician_directory(m):
    r, fr = m.rng, m.lang == "fr"
    m.category = "physician_directory"
    m.note = "directory of dermatologists with their clinical interests" if not fr else "répertoire des dermatologues et de leurs champs d'intérêt"
    coord = S("guay")
    interests = {"vachon": ("psoriasis, biologiques, photothérapie", "psoriasis, biologics, phototherapy"),
                 "benali": ("chirurgie de Mohs, carcinomes basocellulaires et épidermoïdes", "Mohs surgery, basal and squamous cell carcinoma"),
                 "raman": ("télédermatologie, mélanome, lésions pigmentées", "teledermatology, melanoma, pigmented lesions"),
                 "lussier": ("hidradénite suppurée, acné sévère, isotrétinoïne", "hidradenitis suppurativa, severe acne, isotretinoin"),
                 "aubin": ("dermatologie pédiatrique, hémangiomes, dermatite atopique", "paediatric dermatology, haemangiomas, atopic dermatitis"),
                 "weiss": ("maladies bulleuses, pemphigoïde, lupus cutané", "blistering diseases, pemphigoid, cutaneous lupus")}
    rows = [("Médecin", "Champs d'intérêt", "Courriel") if fr else ("Physician", "Clinical interests", "E-mail")]
    for k, v in interests.items():
        rows.append((S(k).titled(m.lang), v[0] if fr else v[1], S(k).email))
    intro = (("Bonjour,\n\nPour orienter vos demandes, voici le répertoire à jour. Les demandes urgentes (mélanome suspecté, "
              "nécrolyse épidermique) passent par le téléphone de garde : 819-555-0106.\n\n") if fr else
             ("Hello,\n\nTo help direct your requests, here is the updated directory. Urgent requests (suspected melanoma, "
              "epidermal necrolysis) go through the on-call line: 819-555-0106.\n\n"))
    sig = signature(coord, m.lang, r)
    to = [S(x) for x in r.sample(FAMILY_FR if fr else FAMILY_EN, 3)]
    return m.render(coord, to, "Répertoire des dermatologues" if fr else "Dermatologist directory", intro + text_table(rows) + "\n\n" + sig,
                    html_body=to_html(intro) + html_table(rows) + to_html(sig), mode=r.choice(["alt", "html"]))


# ---------------------------------------------------------------------------------------- 24
def meeting_invite(m):
    r, fr = m.rng, m.lang == "fr"
    m.category = "meeting_invite"
    m.note = "team meeting calendar invitation" if not fr else "invitation de calendrier pour réunion d'équipe"
    org = S(r.choice(["lapierre", "proulx", "guay"]))
    day = m.later_day(r.randint(2, 12))
    start = dt.datetime(day.year, day.month, day.day, r.choice([7, 12, 16]), 30)
    end = start + dt.timedelta(hours=1)
    att = [S(x) for x in r.sample(DERMS + NURSES, 4)]
    summ = r.choice(["Réunion d'équipe mensuelle", "Caucus photothérapie", "Revue des délais téléderm"] if fr else
                    ["Monthly team meeting", "Phototherapy huddle", "Teledermatology turnaround review"])
    desc = ("Ordre du jour : horaire d'été, nouveau formulaire de demande, formation sur le DME. Lien Teams : https://teams.example/meet/"
            if fr else "Agenda: summer schedule, new request form, EMR training. Teams link: https://teams.example/meet/") + f"{r.randrange(10**9)}"
    ics = make_ics(f"{r.randrange(16**12):012x}@{CLINIC['domain']}", start, end, summ, desc, "Salle 2.14" if fr else "Room 2.14",
                   (org.full, org.email), [(a.full, a.email) for a in att], m.when)
    m.ics("invite.ics", ics)
    text = f"{summ}\n{day_fr(day) if fr else day_en(day)} {start.strftime('%H:%M')}-{end.strftime('%H:%M')}\n\n{desc}"
    return m.render(org, att, ("Invitation : " if fr else "Invitation: ") + summ, text)


# ---------------------------------------------------------------------------------------- 25
def staff_vcard(m):
    r, fr = m.rng, m.lang == "fr"
    m.category = "staff_contact_card"
    m.note = "contact card of a new staff physician" if not fr else "fiche contact d'un nouveau médecin"
    e = r.choice(EXT)
    mgr = S("lapierre")
    login = (e[1][0] + e[2]).lower().replace("é", "e").replace("É", "e").replace("-", "")
    m.vcf(f"{e[1]} {e[2]}.vcf", given=e[1], surname=e[2], org=CLINIC["name_fr"], title="Dermatologue" if fr else "Dermatologist",
          tel=CLINIC["phone"] + " x231", tel_type="WORK", email=f"{login}@{CLINIC['domain']}",
          note="Bureau 2.07 — cliniques psoriasis et maladies bulleuses" if fr else "Office 2.07 — psoriasis and blistering disease clinics")
    text = ((f"Bonjour,\n\nVoici la fiche contact de la {ext_name(e, 'fr')} qui commence lundi. Elle fera les cliniques psoriasis et maladies bulleuses "
             f"le mardi et jeudi.\n\n{signature(mgr, 'fr', r)}") if fr else
            (f"Hello,\n\nContact card for {ext_name(e, 'en')}, starting Monday. Psoriasis and blistering disease clinics on Tuesdays and Thursdays.\n\n"
             f"{signature(mgr, 'en', r)}"))
    return m.render(mgr, [("Réception" if fr else "Front desk", f"reception@{CLINIC['domain']}")], ("Nouveau médecin - coordonnées" if fr else "New physician - contact"), text)


# ---------------------------------------------------------------------------------------- 26
def policy_zip(m):
    r, fr = m.rng, m.lang == "fr"
    m.category = "policy_bundle"
    m.note = "ZIP of updated phototherapy procedures and dose table" if not fr else "ZIP des procédures de photothérapie à jour et table de doses"
    mgr = S(r.choice(["lapierre", "dufresne"]))
    dose = [("Phototype" if fr else "Skin type", "Dose initiale mJ/cm2" if fr else "Initial dose mJ/cm2", "Augmentation %" if fr else "Increment %")] + \
           [(t, str(d), "10-20") for t, d in [("I", 130), ("II", 220), ("III", 260), ("IV", 330), ("V", 350), ("VI", 400)]]
    pdf = make_pdf("Procédure photothérapie" if fr else "Phototherapy procedure",
                   [("h", "Procédure PHOTO-03 — UVB à bande étroite" if fr else "Procedure PHOTO-03 — Narrowband UVB"),
                    ("p", "1. Vérifier le port des lunettes UV et la protection génitale." if fr else "1. Check UV goggles and genital shielding."),
                    ("p", "2. Mesurer l'irradiance de la cabine chaque lundi et consigner au registre." if fr else "2. Measure booth irradiance every Monday and log it."),
                    ("p", "3. Suspendre la séance si érythème symptomatique." if fr else "3. Hold session if symptomatic erythema.")],
                   letterhead=[CLINIC["name_fr"]], compress=True)
    members = [("PHOTO-03_UVB.pdf", pdf), ("table_doses.csv" if fr else "dose_table.csv", make_csv(dose))]
    m.zip("procedures_photo_2025.zip", members)
    text = (("Bonjour,\n\nLes procédures révisées sont dans le fichier compressé. Merci de lire et de signer le registre d'ici la fin du mois.\n\n" if fr
             else "Hello,\n\nRevised procedures are in the zip file. Please read and sign the log by month end.\n\n") + signature(mgr, m.lang, r))
    return m.render(mgr, [S(x) for x in NURSES], "Procédures photothérapie révisées" if fr else "Revised phototherapy procedures", text)


# ---------------------------------------------------------------------------------------- 27
def handout(m):
    r, fr = m.rng, m.lang == "fr"
    m.category = "patient_education_handout"
    m.note = "generic patient education handout sent to family physicians" if not fr else "feuillet d'information générique envoyé aux médecins de famille"
    derm = S(r.choice(DERMS))
    topic = r.choice([("Isotrétinoïne : ce qu'il faut savoir", "Isotretinoin: what you need to know",
                       ["Prise avec un repas riche en gras.", "Contraception obligatoire pour les personnes pouvant devenir enceintes.", "Éviter l'alcool et les suppléments de vitamine A."],
                       ["Take with a fatty meal.", "Contraception is mandatory for anyone who could become pregnant.", "Avoid alcohol and vitamin A supplements."]),
                      ("Protection solaire après un cancer de la peau", "Sun protection after skin cancer",
                       ["FPS 30 ou plus, réappliquer aux 2 heures.", "Examiner sa peau chaque mois.", "Consulter si une lésion saigne ou change."],
                       ["SPF 30 or higher, reapply every 2 hours.", "Check your skin monthly.", "See your doctor if a spot bleeds or changes."]),
                      ("Méthotrexate pour le psoriasis", "Methotrexate for psoriasis",
                       ["Une seule dose par SEMAINE.", "Prises de sang régulières.", "Acide folique les autres jours."],
                       ["ONE dose per WEEK.", "Regular blood tests.", "Folic acid on the other days."])])
    title = topic[0] if fr else topic[1]
    pts = topic[2] if fr else topic[3]
    m.pdf(("feuillet_" if fr else "handout_") + str(r.randint(10, 99)) + ".pdf", title, [("h", title)] + [("p", "• " + x) for x in pts], org="clinic", author=derm.full)
    text = ((f"Bonjour,\n\nÀ la demande de plusieurs GMF, voici notre feuillet « {title} » à remettre à vos patients.\n\n{signature(derm, 'fr', r)}") if fr else
            (f"Hello,\n\nAs requested by several clinics, here is our handout \"{title}\" to give to your patients.\n\n{signature(derm, 'en', r)}"))
    return m.render(derm, [("Médecins de famille - région" if fr else "Regional family physicians", "liste-mf@rls-deuxrives.example")], title, text)


# ---------------------------------------------------------------------------------------- 28
def room_thread(m):
    r, fr = m.rng, m.lang == "fr"
    m.category = "room_booking_thread"
    m.note = "reply thread about clinic room allocation" if not fr else "fil de réponses sur l'attribution des salles de clinique"
    a, b = S(r.choice([x for x in DERMS if x != "benali"])), S(r.choice(["proulx", "lapierre"]))
    day = m.later_day(r.randint(3, 10))
    if fr:
        orig = (f"Bonjour,\n\nSerait-il possible d'avoir la salle 3 (lampe chirurgicale) le {day_fr(day)} en après-midi au lieu de la salle 6? "
                f"J'ai quatre exérèses et une biopsie au poinçon, rien de compliqué, mais la lumière de la 6 est insuffisante.\n\n{a.titled('fr')}")
        rep = f"Oui, c'est arrangé avec le Dr Benali qui prendra la 6 pour ses suivis de carcinomes. Bonne journée!\n\n{b.given}"
        subj = "RE: Salle 3 - " + day.isoformat()
    else:
        orig = (f"Hi,\n\nCould I have room 3 (surgical light) on the afternoon of {day_en(day)} instead of room 6? Four excisions and a punch biopsy, "
                f"nothing complicated, but the light in 6 isn't good enough.\n\n{a.titled('en')}")
        rep = f"Yes, sorted with Dr. Benali, who will use room 6 for his carcinoma follow-ups. Have a good day!\n\n{b.given}"
        subj = "RE: Room 3 - " + day.isoformat()
    return m.render(b, [a], subj, rep + "\n\n" + m.quote(orig, a, m.earlier(2, 48), to=[b.full], subject=subj[4:]), reply=True)


# ---------------------------------------------------------------------------------------- 29
def vendor_eml(m):
    r, fr = m.rng, m.lang == "fr"
    m.category = "forwarded_vendor_quote"
    m.note = "forwarded supplier quote attached as a message" if not fr else "soumission de fournisseur transférée en message joint"
    buyer = S(r.choice(["proulx", "houde"]))
    mgr = S("lapierre")
    sn = luhn_number(r, 9)
    inner = ((f"Bonjour M. Proulx,\n\nTel que discuté, notre soumission pour une cabine UVB-BE 48 lampes : 38 900 $ avant taxes, installation incluse. "
              f"Appareil de démonstration disponible (n° de série {sn}) à 31 500 $.\n\nValide 30 jours.\n\nJean-Philippe Roussel\nUV Systèmes Nord inc.\n450-555-0121") if fr else
             (f"Dear Mr. Proulx,\n\nAs discussed, our quote for a 48-lamp NB-UVB booth: $38,900 before tax, installation included. "
              f"Demo unit available (serial no. {sn}) at $31,500.\n\nValid 30 days.\n\nJean-Philippe Roussel\nUV Systèmes Nord inc.\n450-555-0121"))
    m.eml("soumission_cabine.eml" if fr else "booth_quote.eml", ("Jean-Philippe Roussel", "jp.roussel@uvnord.example"),
          [(buyer.full, buyer.email)], "Soumission cabine UVB" if fr else "NB-UVB booth quote", inner, m.earlier(20, 200))
    text = ((f"Marie-Ève,\n\nLa soumission d'UV Systèmes Nord ci-jointe. L'appareil de démo me semble une bonne affaire pour le budget d'immobilisation.\n\n{signature(buyer, 'fr', r)}") if fr
            else (f"Marie-Ève,\n\nUV Systèmes Nord's quote attached. The demo unit looks like a good deal for the capital budget.\n\n{signature(buyer, 'en', r)}"))
    return m.render(buyer, [mgr], ("TR: Soumission cabine UVB" if fr else "FW: NB-UVB booth quote"), text)


# ---------------------------------------------------------------------------------------- 30
def equipment_report(m):
    r, fr = m.rng, m.lang == "fr"
    m.category = "equipment_maintenance_report"
    m.note = "phototherapy booth calibration report with serial numbers and irradiance" if not fr else "rapport d'étalonnage des cabines de photothérapie avec numéros de série et irradiance"
    tech = ("Service technique UV Nord", "service@uvnord.example")
    rows = [("Cabine" if fr else "Booth", "N° de série" if fr else "Serial no.", "Irradiance mW/cm2", "Lampes remplacées" if fr else "Lamps replaced", "Conforme" if fr else "Pass")]
    for i in range(3):
        rows.append((str(i + 1), luhn_number(r, 9) if i != 2 else luhn_number(r, 10), f"{r.uniform(2.8, 4.6):.2f}", str(r.randint(0, 6)), "Oui" if fr else "Yes"))
    m.pdf(f"etalonnage_{m.day.isoformat()}.pdf" if fr else f"calibration_{m.day.isoformat()}.pdf", "Étalonnage" if fr else "Calibration",
          [("h", "Rapport d'étalonnage" if fr else "Calibration report")] + [("mono", "  ".join(f"{c:<14}" for c in row)) for row in rows],
          org=["UV Systèmes Nord inc.", "1450, rue Industrielle, Laval (Québec)", "450-555-0121"])
    text = (("Bonjour,\n\nRapport de la visite d'étalonnage de ce matin. Les trois cabines sont conformes; prochaine visite dans 6 mois.\n\n"
             "Service technique — UV Systèmes Nord\n450-555-0121") if fr else
            ("Hello,\n\nReport from this morning's calibration visit. All three booths pass; next visit in 6 months.\n\nTechnical service — UV Systèmes Nord\n450-555-0121"))
    return m.render(tech, [S("dufresne"), S("houde")], "Rapport d'étalonnage" if fr else "Calibration report", text)


# ---------------------------------------------------------------------------------------- 31
def service_announcement(m):
    r, fr = m.rng, m.lang == "fr"
    m.category = "service_announcement"
    m.note = "teledermatology service instructions for referring clinicians" if not fr else "consignes du service de télédermatologie aux médecins référents"
    lead = S("raman")
    if fr:
        text = ("Chères et chers collègues,\n\nQuelques rappels pour des demandes de télédermatologie traitées plus rapidement :\n\n"
                "1. Trois photos : vue d'ensemble, rapprochée avec règle, dermoscopie si possible.\n"
                "2. Pas de photos de visage complet sauf si la lésion est au visage.\n"
                "3. Précisez la médication actuelle et les traitements déjà essayés.\n"
                "4. Lésion pigmentée changeante ou saignement : cochez « prioritaire ».\n\n"
                f"Délai moyen actuel : {r.randint(4, 8)} jours ouvrables. Pour une urgence : {CLINIC['tele_phone']}.\n\n" + signature(lead, "fr", r))
        subj = "Télédermatologie - rappels pour les demandes"
    else:
        text = ("Dear colleagues,\n\nA few tips for faster teledermatology answers:\n\n"
                "1. Three photos: overview, close-up with a ruler, dermoscopy if possible.\n"
                "2. No full-face photos unless the lesion is on the face.\n"
                "3. List current medications and treatments already tried.\n"
                "4. Changing pigmented lesion or bleeding: tick \"priority\".\n\n"
                f"Current average turnaround: {r.randint(4, 8)} business days. Urgent: {CLINIC['tele_phone']}.\n\n" + signature(lead, "en", r))
        subj = "Teledermatology - tips for requests"
    return m.render(lead, [("Médecins de famille - région" if fr else "Regional family physicians", "liste-mf@rls-deuxrives.example")], subj, text,
                    mode=r.choice(["html", "alt", "plain"]))


# ---------------------------------------------------------------------------------------- 32
def budget_sheet(m):
    r, fr = m.rng, m.lang == "fr"
    m.category = "budget_spreadsheet"
    m.note = "department budget spreadsheet" if not fr else "chiffrier budgétaire du service"
    mgr = S("proulx")
    hdr = ("Poste budgétaire", "Budget 2025", "Réel T1", "Écart") if fr else ("Budget line", "Budget 2025", "Actual Q1", "Variance")
    lines = [("Salaires infirmières", "Nursing salaries"), ("Fournitures médicales", "Medical supplies"), ("Lampes UV", "UV lamps"),
             ("Azote liquide", "Liquid nitrogen"), ("Formation", "Training"), ("Informatique", "IT")]
    rows = [hdr]
    for f, e in lines:
        b = r.randint(5, 400) * 1000
        a = int(b / 4 * r.uniform(0.8, 1.2))
        rows.append((f if fr else e, b, a, a - b // 4))
    m.xlsx("budget_2025_T1.xlsx" if fr else "budget_2025_Q1.xlsx", [("Budget", rows)], author=mgr.full)
    text = (("Marie-Ève,\n\nSuivi budgétaire du T1 ci-joint. Dépassement sur les lampes UV (remplacement anticipé de la cabine 2).\n\n" if fr
             else "Marie-Ève,\n\nQ1 budget follow-up attached. Overrun on UV lamps (early replacement in booth 2).\n\n") + signature(mgr, m.lang, r))
    return m.render(mgr, [S("lapierre")], "Suivi budgétaire T1" if fr else "Q1 budget follow-up", text)


TEMPLATES = [it_mail, facilities, statistics, teaching_case, blank_form, mailmerge_template, shortage, recall_notice,
             research_protocol, staff_event, physician_directory, meeting_invite, staff_vcard, policy_zip, handout,
             room_thread, vendor_eml, equipment_report, service_announcement, budget_sheet]
