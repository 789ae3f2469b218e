"""Negative messages, part B: newsletters, committees, conferences, teaching, notices."""
import datetime
import html as htmlmod
import re

from gen_attach import make_docx, make_pdf
from gen_common import ORG, PARTNERS, Att, luhn_serial, signature, greet
from gen_tpl import datestr, later_day, new, sal, who, DX, MEDS, tr

SPEAKERS = [("Dre", "Dr.", "Anne-Sophie", "Giroux", "gériatre", "geriatrician", "le délirium à domicile", "delirium at home"),
            ("Dr", "Dr.", "Raphaël", "Mercier", "interniste", "internist", "l'insuffisance cardiaque en première ligne",
             "heart failure in primary care"),
            ("Mme", "Ms.", "Hélène", "Tardif", "infirmière stomothérapeute", "wound care nurse",
             "les lésions de pression chez la personne alitée", "pressure injuries in bed-bound clients"),
            ("M.", "Mr.", "Jonathan", "Labrie", "pharmacien", "pharmacist", "la déprescription chez l'aîné",
             "deprescribing in older adults"),
            ("Dre", "Dr.", "Fatima", "Zerrouki", "psychiatre", "psychiatrist", "la dépression gériatrique",
             "late-life depression"),
            ("Mme", "Ms.", "Claudine", "Rivard", "ergothérapeute", "occupational therapist",
             "la prévention des chutes et l'aménagement du domicile", "fall prevention and home adaptation")]


def _strip(h):
    t = re.sub(r"<br\s*/?>", "\n", h)
    t = re.sub(r"</(p|h\d|li|tr)>", "\n", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = htmlmod.unescape(t)
    return "\n".join(l.strip() for l in t.split("\n") if l.strip()) + "\n"


def n_newsletter(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "newsletter", "home care team newsletter")
    a = ctx.staff(ctx.pick(["fontaine", "desautels"]))
    m.sender = ("Infolettre SAPA" if fr else "Seniors' Programme Newsletter", f"infolettre.sapa@{ORG['dom']}")
    m.to = [("Personnel SAPA" if fr else "SAPA staff", f"personnel.sapa@{ORG['dom']}")]
    sp = ctx.sample(SPEAKERS, 2)
    phys = ctx.phys(ctx.pick(["sirois", "achour", "vanier"]))
    n = ctx.rng.randrange(20, 60)
    if fr:
        items = [f"<h3>Midi-conférence</h3><p>{sp[0][0]} {sp[0][2]} {sp[0][3]}, {sp[0][4]}, présentera « {sp[0][6]} » "
                 f"le {datestr(ctx, later_day(ctx, 5, 20))} à 12 h (Teams).</p>",
                 f"<h3>Bienvenue</h3><p>Nous accueillons {phys['full']}, {phys['spec']}, qui se joint au GMF des Trois-Collines "
                 "et prendra en charge les patients atteints de maladies chroniques complexes du secteur nord.</p>",
                 f"<h3>Bons coups</h3><p>Bravo à l'équipe du secteur 3 : {n} clients sous insuline ont été formés à "
                 "l'autogestion de leur glycémie cette année. Merci à Mme Audrey Lachance pour les capsules vidéo!</p>",
                 f"<h3>À retenir</h3><p>{sp[1][0]} {sp[1][2]} {sp[1][3]} rappelle que {sp[1][6]} sera au cœur de la "
                 "journée scientifique régionale.</p>"]
        title = f"Infolettre SAPA — {['hiver', 'printemps', 'été', 'automne'][(ctx.now.month % 12) // 3]} {ctx.now.year}"
        m.subject = title
    else:
        items = [f"<h3>Lunch and learn</h3><p>{sp[0][1]} {sp[0][2]} {sp[0][3]}, {sp[0][5]}, will present \"{sp[0][7]}\" "
                 f"on {datestr(ctx, later_day(ctx, 5, 20))} at noon (Teams).</p>",
                 f"<h3>Welcome</h3><p>Please welcome {phys['full']}, {phys['spec']}, who joins the Trois-Collines FMG "
                 "and will follow patients with complex chronic disease in the north sector.</p>",
                 f"<h3>Kudos</h3><p>Well done sector 3: {n} insulin-treated clients learned to self-manage their "
                 "glucose this year. Thanks to Ms. Audrey Lachance for the video clips!</p>",
                 f"<h3>Save the date</h3><p>{sp[1][1]} {sp[1][2]} {sp[1][3]} reminds us that {sp[1][7]} will headline "
                 "the regional science day.</p>"]
        title = f"Seniors' Programme Newsletter - {['winter', 'spring', 'summer', 'fall'][(ctx.now.month % 12) // 3]} {ctx.now.year}"
        m.subject = title
    foot = (f"<p style='font-size:8pt;color:#666'>{ORG['cisss']} — {ORG['addr']}, {ORG['city']} — {ORG['tel']}<br>"
            + ("Pour vous désabonner, répondez « désabonner »." if fr else "To unsubscribe, reply \"unsubscribe\".") + "</p>")
    m.html = ("<html><head><meta charset=\"%CS%\"></head><body style=\"font-family:Georgia,serif\">\n"
              f"<h1>{htmlmod.escape(title)}</h1>\n" + "\n".join(items) + "\n" + foot + "\n</body></html>\n")
    m.text = _strip(m.html.replace("%CS%", "utf-8"))
    m.mode = ctx.pick(["html", "alt", "alt"])
    return m


def n_committee(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "committee_notice", "falls prevention committee agenda")
    a = ctx.staff(ctx.pick(["fontaine", "leduc", "gendron"]))
    m.sender = who(a)
    mem = [ctx.staff(k) for k in ctx.sample(["lemay", "gendron", "picard", "berger", "benali", "dionne", "whitfield"], 5)]
    m.to = [who(s) for s in mem]
    d = later_day(ctx, 5, 20, hour=13)
    falls = ctx.rng.randrange(28, 70)
    if fr:
        agenda = ["1. Adoption du compte rendu du dernier comité",
                  f"2. Indicateurs T{ctx.pick('1234')} : {falls} chutes déclarées (AH-223), dont {falls // 7} avec blessure",
                  f"3. Présentation de M. {mem[3]['surname']} : révision des benzodiazépines chez les clients de 75 ans et plus",
                  f"4. Projet pilote capteurs de mouvement (Mme {mem[1]['surname']})",
                  "5. Varia"]
        m.subject = ctx.pick(["Comité de prévention des chutes — ordre du jour", "Convocation : comité chutes"])
        lead = f"Convocation à la rencontre du comité de prévention des chutes le {datestr(ctx, d)} à 13 h, salle Héron."
        members = "Membres : " + ", ".join(f"{'Mme' if s['g'] == 'F' else 'M.'} {s['name']}" for s in mem)
    else:
        agenda = ["1. Approval of last meeting's minutes",
                  f"2. Q{ctx.pick('1234')} indicators: {falls} falls reported (AH-223), {falls // 7} with injury",
                  f"3. Presentation by Mr. {mem[3]['surname']}: benzodiazepine review for clients 75 and over",
                  f"4. Motion-sensor pilot (Ms. {mem[1]['surname']})",
                  "5. Other business"]
        m.subject = ctx.pick(["Falls prevention committee - agenda", "Notice: falls committee"])
        lead = f"Falls prevention committee meeting on {datestr(ctx, d)} at 1 PM, Héron room."
        members = "Members: " + ", ".join(f"{'Ms.' if s['g'] == 'F' else 'Mr.'} {s['name']}" for s in mem)
    if ctx.chance(0.5):
        m.atts.append(Att("ODJ_comite_chutes.docx" if fr else "falls_committee_agenda.docx", "docx",
                          make_docx("Ordre du jour" if fr else "Agenda", [lead, members, ""] + agenda, author=a["name"])))
        m.text = "\n".join([greet(ctx), "", lead, "", ("Ordre du jour en pièce jointe." if fr else "Agenda attached."),
                            "", signature(ctx, a)])
    else:
        m.text = "\n".join([greet(ctx), "", lead, members, "", *agenda, "", signature(ctx, a)])
    return m


def n_conference(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "conference_programme", "regional home care conference programme")
    a = ctx.staff(ctx.pick(["whitfield", "fontaine"]))
    m.sender = who(a)
    m.to = [("Personnel SAPA" if fr else "SAPA staff", f"personnel.sapa@{ORG['dom']}")]
    d = later_day(ctx, 20, 50)
    sp = ctx.sample(SPEAKERS, 4)
    rows = [["Heure", "Conférence", "Conférencier(ère)"] if fr else ["Time", "Session", "Speaker"]]
    t = datetime.datetime(2025, 1, 1, 8, 30)
    for s in sp:
        rows.append([t.strftime("%H:%M"), s[6] if fr else s[7], f"{s[0] if fr else s[1]} {s[2]} {s[3]}, {s[4] if fr else s[5]}"])
        t += datetime.timedelta(minutes=75)
    title = ("Journée régionale du soutien à domicile" if fr else "Regional Home Care Day") + f" — {d:%Y-%m-%d}"
    m.atts.append(Att("programme.pdf" if fr else "program.pdf", "pdf",
                      make_pdf(title, [("Lieu : Centre des congrès de Lac-aux-Hérons" if fr
                                        else "Venue: Lac-aux-Hérons Convention Centre"),
                                       ("Inscription gratuite pour le personnel du CISSS, 6 h de formation reconnues."
                                        if fr else "Free for CISSS staff, 6 accredited training hours.")],
                               table=rows, col_widths=[60, 250, 200])))
    if fr:
        m.subject = ctx.pick(["Programme — Journée régionale SAD", "Journée scientifique : inscriptions ouvertes"])
        m.text = "\n".join([greet(ctx), "", "Le programme de la journée régionale est joint. Les places sont limitées à 150.",
                            "", signature(ctx, a)])
    else:
        m.subject = ctx.pick(["Program - Regional Home Care Day", "Science day: registration open"])
        m.text = "\n".join([greet(ctx), "", "The programme for the regional day is attached. Seats limited to 150.",
                            "", signature(ctx, a)])
    return m


def n_oncall_phys(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "physician_oncall", "physician on-call list and referral areas")
    a = ctx.staff(ctx.pick(["leduc", "st_onge"]))
    m.sender = who(a)
    m.to = [("Équipe SAD" if fr else "Home care team", f"equipe.sad@{ORG['dom']}")]
    docs = [ctx.phys(k) for k in ["sirois", "achour", "vanier", "leung", "ostrowski", "bellavance"]]
    areas_fr = {"sirois": "troubles neurocognitifs, chutes, polypharmacie", "achour": "MPOC, oxygénothérapie, apnée du sommeil",
                "vanier": "soins palliatifs et fin de vie à domicile", "leung": "enfants avec besoins complexes",
                "ostrowski": "insuffisance cardiaque, diabète difficile", "bellavance": "AVC, SLA, sclérose en plaques"}
    areas_en = {"sirois": "neurocognitive disorders, falls, polypharmacy", "achour": "COPD, home oxygen, sleep apnea",
                "vanier": "palliative and end-of-life care at home", "leung": "children with complex needs",
                "ostrowski": "heart failure, hard-to-control diabetes", "bellavance": "stroke, ALS, multiple sclerosis"}
    keys = ["sirois", "achour", "vanier", "leung", "ostrowski", "bellavance"]
    lines = []
    for k, d in zip(keys, docs):
        area = areas_fr[k] if fr else areas_en[k]
        lines.append(f"- {d['full']} ({d['spec']}) : {area} — {ctx.phone('450')}" if fr
                     else f"- {d['full']} ({d['spec']}): {area} - {ctx.phone('450')}")
    if fr:
        m.subject = ctx.pick(["Médecins répondants SAD — mise à jour", "Liste de garde médicale et champs d'expertise"])
        m.text = "\n".join([greet(ctx), "", "Mise à jour des médecins répondants et de leurs champs d'intérêt :", "", *lines, "",
                            "Garde médicale de soir/fin de semaine : passer par la centrale au 450 555-0110.", "",
                            signature(ctx, a)])
    else:
        m.subject = ctx.pick(["Home care responding physicians - update", "Physician on-call list and areas"])
        m.text = "\n".join([greet(ctx), "", "Updated list of responding physicians and their areas:", "", *lines, "",
                            "Evening/weekend medical on-call: go through the switchboard at 450 555-0110.", "",
                            signature(ctx, a)])
    return m


def n_caregiver_group(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "caregiver_group", "public caregiver support group announcement")
    pname, pdom, ptel = PARTNERS["cab"]
    m.sender = (pname, f"info@{pdom}")
    m.to = [("Partenaires communautaires" if fr else "Community partners", f"partenaires@{pdom}")]
    d = later_day(ctx, 5, 20, hour=19)
    if fr:
        m.subject = ctx.pick(["Groupe de soutien pour proches aidants — nouvelle cohorte", "Proches aidants : ateliers gratuits"])
        lines = [f"Groupe de soutien pour proches aidants d'une personne atteinte d'Alzheimer ou d'une maladie apparentée.",
                 f"8 rencontres, les mardis à 19 h, à partir du {datestr(ctx, d)}. Gratuit, répit-gardiennage offert.",
                 "Thèmes : comprendre la maladie, gérer l'épuisement, le deuil blanc, les ressources d'hébergement.",
                 f"Animation : Mme Nicole Forget, travailleuse sociale retraitée.",
                 f"Inscription : {ptel} ou à l'accueil du {ORG['clsc']} ({ORG['tel']})."]
        m.text = "\n".join(["Bonjour à nos partenaires,", "", "Merci de diffuser auprès de vos usagers :", "", *lines, "",
                            pname, f"{ptel}"])
    else:
        m.subject = ctx.pick(["Caregiver support group - new cohort", "Caregivers: free workshops"])
        lines = ["Support group for caregivers of a person living with Alzheimer's or a related disease.",
                 f"8 sessions, Tuesdays at 7 PM, starting {datestr(ctx, d)}. Free, respite sitting available.",
                 "Topics: understanding the disease, handling burnout, anticipatory grief, housing resources.",
                 "Facilitator: Ms. Nicole Forget, retired social worker.",
                 f"Registration: {ptel} or at the {ORG['clsc']} front desk ({ORG['tel']})."]
        m.text = "\n".join(["Dear partners,", "", "Please share with your clients:", "", *lines, "", pname, ptel])
    if ctx.chance(0.5):
        m.atts.append(Att("affiche_proches_aidants.pdf" if fr else "caregiver_group_flyer.pdf", "pdf",
                          make_pdf("Proches aidants" if fr else "Caregivers", lines)))
    return m


def n_teaching(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "teaching_case", "de-identified teaching case")
    a = ctx.staff(ctx.pick(["whitfield", "berger", "raman"]))
    m.sender = who(a)
    m.to = [("Équipe SAD" if fr else "Home care team", f"equipe.sad@{ORG['dom']}")]
    age = ctx.rng.randrange(76, 93)
    if fr:
        m.subject = ctx.pick(["Vignette clinique du mois", "Cas clinique — discussion jeudi", "Capsule : cas dénominalisé"])
        case = [f"Une femme de {age} ans vivant seule, connue pour une FA sous anticoagulant et une IC, "
                "est retrouvée au sol un matin par l'auxiliaire. Elle a chuté 3 fois en 2 mois.",
                "Médication : 11 molécules dont une benzodiazépine au coucher, un diurétique et un antihypertenseur.",
                "Questions : 1) Quels facteurs de risque de chute sont modifiables ? 2) Quelle surveillance après une "
                "chute chez une personne anticoagulée ? 3) Qui impliquer dans l'équipe ?"]
        m.text = "\n".join([greet(ctx), "",
                            "Voici la vignette pour la discussion de jeudi (cas fictif inspiré de situations fréquentes, "
                            "aucune donnée d'usager) :", "", *case, "", signature(ctx, a)])
    else:
        m.subject = ctx.pick(["Clinical vignette of the month", "Case discussion Thursday", "Teaching case (de-identified)"])
        case = [f"A {age}-year-old woman living alone, known for AF on an anticoagulant and heart failure, "
                "is found on the floor one morning by the home support worker. She has fallen 3 times in 2 months.",
                "Medication: 11 drugs including a bedtime benzodiazepine, a diuretic and an antihypertensive.",
                "Questions: 1) Which fall risk factors are modifiable? 2) What monitoring after a fall on "
                "anticoagulation? 3) Who should be involved on the team?"]
        m.text = "\n".join([greet(ctx), "",
                            "Here is the vignette for Thursday's discussion (fictional case based on common situations, "
                            "no client data):", "", *case, "", signature(ctx, a)])
    return m


def n_research(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "research_protocol", "research protocol summary, no participants")
    a = ctx.staff("fontaine")
    m.sender = who(a)
    m.to = [who(ctx.staff(k)) for k in ["lemay", "desautels", "leduc"]]
    n = ctx.rng.randrange(120, 260)
    lines_fr = ["## Titre", "Exercices à domicile supervisés par tablette pour prévenir les chutes chez les 75 ans et plus : essai pragmatique",
                "## Population", f"{n} usagers du SAD, 75 ans et plus, au moins une chute dans les 12 derniers mois, MoCA ≥ 18.",
                "## Exclusions", "Soins palliatifs, fracture récente non consolidée, incapacité à consentir.",
                "## Intervention", "Programme OTAGO adapté, 3 séances/semaine x 24 semaines, suivi physio aux 2 semaines.",
                "## Issue principale", "Taux de chutes à 12 mois (déclarations AH-223 et journal de chutes).",
                "## Éthique", "Approbation du CÉR du CISSS en cours; aucune donnée nominative ne sera transmise à l'équipe de recherche."]
    lines_en = ["## Title", "Tablet-supervised home exercise to prevent falls in people 75 and over: a pragmatic trial",
                "## Population", f"{n} home care clients, 75 and over, at least one fall in the past 12 months, MoCA >= 18.",
                "## Exclusions", "Palliative care, recent unhealed fracture, unable to consent.",
                "## Intervention", "Adapted OTAGO programme, 3 sessions/week x 24 weeks, physio follow-up every 2 weeks.",
                "## Primary outcome", "Fall rate at 12 months (AH-223 reports and fall diary).",
                "## Ethics", "CISSS REB approval pending; no identifying data will be shared with the research team."]
    lines = lines_fr if fr else lines_en
    kind = ctx.pick(["pdf", "docx"])
    fn = ("resume_protocole." if fr else "protocol_summary.") + kind
    data = make_pdf("Résumé de protocole" if fr else "Protocol summary", lines) if kind == "pdf" else \
        make_docx("Résumé de protocole" if fr else "Protocol summary", lines, author=a["name"])
    m.atts.append(Att(fn, kind, data))
    if fr:
        m.subject = ctx.pick(["Projet de recherche — prévention des chutes", "Protocole pour avis de convenance"])
        m.text = "\n".join([greet(ctx), "", "Le résumé du protocole est joint pour l'avis de convenance institutionnelle. "
                            "Le Dr Mercier (chercheur principal) aimerait présenter au prochain CODIR.", "", signature(ctx, a)])
    else:
        m.subject = ctx.pick(["Research project - falls prevention", "Protocol for institutional suitability review"])
        m.text = "\n".join([greet(ctx), "", "The protocol summary is attached for the institutional suitability review. "
                            "Dr. Mercier (principal investigator) would like to present at the next management meeting.",
                            "", signature(ctx, a)])
    return m


def n_policy(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "policy_update", "revised procedure for home medication management")
    a = ctx.staff(ctx.pick(["berger", "leduc"]))
    m.sender = who(a)
    m.to = [("Équipe SAD" if fr else "Home care team", f"equipe.sad@{ORG['dom']}")]
    if fr:
        lines = ["## Objet", "Procédure SAD-PRO-014 révisée : distribution et supervision de la médication à domicile",
                 "## Principaux changements",
                 "- Le pilulier est préparé exclusivement par la pharmacie communautaire; l'auxiliaire ne transfère plus de comprimés.",
                 "- Les opioïdes en pompe s/c sont comptés à chaque visite et consignés sur le registre des stupéfiants.",
                 "- Toute erreur (dose omise, double dose) fait l'objet d'un AH-223 dans les 24 h.",
                 "## Entrée en vigueur", f"{datestr(ctx, later_day(ctx, 10, 30))}"]
        m.subject = ctx.pick(["Procédure révisée — médication à domicile", "SAD-PRO-014 : nouvelle version"])
        lead = "Voici la version révisée de la procédure, approuvée par le comité de pharmacologie."
    else:
        lines = ["## Subject", "Revised procedure SAD-PRO-014: home medication distribution and supervision",
                 "## Main changes",
                 "- Blister packs are prepared only by the community pharmacy; support workers no longer transfer tablets.",
                 "- Opioids in SC pumps are counted at each visit and logged in the narcotics register.",
                 "- Any error (missed or double dose) requires an AH-223 within 24 h.",
                 "## Effective", f"{datestr(ctx, later_day(ctx, 10, 30))}"]
        m.subject = ctx.pick(["Revised procedure - home medication", "SAD-PRO-014: new version"])
        lead = "Here is the revised procedure, approved by the pharmacology committee."
    m.atts.append(Att("SAD-PRO-014.pdf", "pdf", make_pdf("SAD-PRO-014", lines)))
    m.text = "\n".join([greet(ctx), "", lead, "", signature(ctx, a)])
    return m


def n_formulary(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "pharmacy_bulletin", "pharmacy bulletin on formulary and dosing")
    a = ctx.staff("berger")
    m.sender = who(a)
    m.to = [("Équipe SAD" if fr else "Home care team", f"equipe.sad@{ORG['dom']}")]
    if fr:
        m.subject = ctx.pick(["Bulletin pharmaco — apixaban et fonction rénale", "Info-médicaments SAD"])
        m.text = "\n".join([greet(ctx), "",
                            "Rappel : la dose d'apixaban (Eliquis) est réduite à 2,5 mg BID si au moins 2 des critères suivants : "
                            "80 ans et plus, poids ≤ 60 kg, créatinine ≥ 133 µmol/L.",
                            "Le furosémide injectable s/c à domicile est maintenant inscrit à la liste locale (protocole IC avancée).",
                            "L'insuline glargine biosimilaire (Basaglar) remplace Lantus pour les nouveaux départs depuis le 1er du mois.",
                            "Questions : poste 2241.", "", signature(ctx, a)])
    else:
        m.subject = ctx.pick(["Pharmacy bulletin - apixaban and renal function", "Home care drug info"])
        m.text = "\n".join([greet(ctx), "",
                            "Reminder: apixaban (Eliquis) is reduced to 2.5 mg BID when at least 2 of: age 80 or more, "
                            "weight <= 60 kg, creatinine >= 133 umol/L.",
                            "Subcutaneous furosemide at home is now on the local formulary (advanced HF protocol).",
                            "Biosimilar insulin glargine (Basaglar) replaces Lantus for new starts as of the 1st of the month.",
                            "Questions: ext. 2241.", "", signature(ctx, a)])
    return m


def n_shortage(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "drug_shortage", "drug shortage notice")
    a = ctx.staff("berger")
    m.sender = who(a)
    m.to = [("Infirmières SAD" if fr else "Home care nurses", f"inf.sad@{ORG['dom']}")]
    drug = ctx.pick([("énoxaparine 40 mg/0,4 ml seringues", "enoxaparin 40 mg/0.4 mL syringes", "daltéparine 5000 UI", "dalteparin 5000 IU"),
                     ("hydromorphone 10 mg/ml injectable", "hydromorphone 10 mg/mL injection", "morphine 10 mg/ml", "morphine 10 mg/mL"),
                     ("salbutamol 100 mcg aérosol", "salbutamol 100 mcg inhaler", "terbutaline Turbuhaler", "terbutaline Turbuhaler")])
    if fr:
        m.subject = f"Rupture d'approvisionnement : {drug[0]}"
        m.text = "\n".join(["Bonjour,", "", f"Rupture prévue de {drug[0]} jusqu'à la fin du mois (avis du fournisseur).",
                            f"Alternative : {drug[2]}. Aucune substitution automatique : faire réviser l'ordonnance par le "
                            "prescripteur pour les clients concernés.", "", signature(ctx, a)])
    else:
        m.subject = f"Drug shortage: {drug[1]}"
        m.text = "\n".join(["Hello,", "", f"Expected shortage of {drug[1]} until the end of the month (supplier notice).",
                            f"Alternative: {drug[3]}. No automatic substitution: have the prescriber review the order for "
                            "affected clients.", "", signature(ctx, a)])
    return m


def n_recall(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "neg", "device_recall", "medical device recall with lot numbers")
    a = ctx.staff(ctx.pick(["archambault", "berger"]))
    m.sender = who(a)
    m.to = [("Équipe SAD" if fr else "Home care team", f"equipe.sad@{ORG['dom']}")]
    lots = [luhn_serial(ctx.rng, 10) for _ in range(3)]
    dev = ctx.pick([("bandelettes de glycémie GlucoStar Plus", "GlucoStar Plus glucose test strips"),
                    ("ridelles de lit modèle BR-200", "BR-200 bed rails"),
                    ("pompes élastomériques InfuGo 100 ml", "InfuGo 100 mL elastomeric pumps")])
    if fr:
        m.subject = f"Avis de rappel — {dev[0]}"
        m.text = "\n".join(["Bonjour,", "", f"Santé Canada a émis un rappel de type II pour les {dev[0]}.",
                            "Lots visés : " + ", ".join(lots),
                            "Vérifiez les stocks dans les autos de service et au dépôt; retournez les unités visées au "
                            "magasin avec le formulaire de retour. Aucun incident rapporté chez nous.", "", signature(ctx, a)])
    else:
        m.subject = f"Recall notice - {dev[1]}"
        m.text = "\n".join(["Hello,", "", f"Health Canada issued a type II recall for {dev[1]}.",
                            "Affected lots: " + ", ".join(lots),
                            "Check stock in fleet cars and at the depot; return affected units to stores with the return "
                            "form. No incidents reported here.", "", signature(ctx, a)])
    return m
