"""French negatives, part A: HR, schedules, payroll, staff news, newsletters, committees, programmes."""
import datetime as dt

from gen_attach import make_docx, make_ics, make_pdf, make_xlsx
from gen_build import Att, Spec, staff_addr
from gen_common import ORG_ADDR, ORG_DOMAIN, ORG_FR, d_fr, d_short_fr, signature, stable_hex
from gen_helpers import hello, thanks
from gen_neg_common import org_addr, staff_names

ALL = ("Tout le personnel — cardiologie", org_addr("cardio-tous"))


def on_call(w, now):
    r = w.rng
    s = w.pick_staff("manager")
    docs = staff_names(w, "cardio", 8)
    start = w.future(now.date(), 5, 20)
    start -= dt.timedelta(days=start.weekday())
    roles = ["Garde IC / unité", "Hémodynamie", "Électrophysiologie", "Consultations urgence", "Écho (lecture)"]
    rows = [["Semaine du", "Rôle", "Médecin", "Cellulaire de garde"]]
    for k in range(4):
        wk = start + dt.timedelta(days=7 * k)
        for role in roles:
            d = r.choice(docs)
            rows.append([d_fr(wk, 1), role, f"{d.title} {d.full}", f"819-555-01{r.randint(10, 99)}"])
    x = make_xlsx([("Garde", rows)], author=s.full)
    spec_lines = "\n".join(f"- {d.title} {d.full} : {r.choice(['insuffisance cardiaque avancée', 'cardiopathies congénitales adultes', 'hémodynamie', 'électrophysiologie', 'imagerie cardiaque', 'prévention et lipides'])}" for d in docs[:4])
    text = f"""Bonjour à tous,

Voici l'horaire de garde des cardiologues pour les quatre prochaines semaines (fichier joint).
Rappel des champs d'expertise pour les consultations non urgentes :
{spec_lines}

Les échanges de garde doivent m'être signalés au moins 72 h à l'avance.

{signature(s, 'fr')}
"""
    return Spec("neg", "schedule", "fr", f"Horaire de garde — à partir du {d_fr(start, 1)}", text, staff_addr(s), [ALL], note="horaire de garde des cardiologues",
                attachments=[Att("xlsx", f"garde_cardio_{start.isoformat()}.xlsx", x)])


def leave(w, now):
    r = w.rng
    m = w.pick_staff("manager")
    e = w.pick_staff(r.choice(["nurse", "echo", "clerk", "device", "kin"]))
    a = w.future(now.date(), 20, 90)
    b = a + dt.timedelta(days=r.choice([4, 7, 11, 14]))
    text = f"""{hello('fr', r, e.given)}

Ta demande de {r.choice(['vacances', 'congé sans solde', 'congé à traitement différé', 'journées mobiles'])} du {d_fr(a)} au {d_fr(b)} est {r.choice(['approuvée', 'approuvée', 'refusée pour cette période (trop d’absences déjà planifiées), peux-tu proposer une autre semaine?'])}
{r.choice(['Le remplacement à la clinique de stimulateurs est déjà prévu.', 'N’oublie pas de mettre ton message d’absence.', 'Merci de l’inscrire dans Logibec.'])}

{m.given}
"""
    return Spec("neg", "hr", "fr", r.choice(["Demande de congé", "RE: vacances", "Ta demande de congé"]), text, staff_addr(m), [staff_addr(e)],
                note="réponse à une demande de congé d'un employé")


def payroll(w, now):
    r = w.rng
    p = w.pick_staff("pay")
    e = w.pick_staff(r.choice(["nurse", "echo", "clerk", "kin"]))
    mat = f"{r.randint(100000, 999999)}"
    per = r.randint(1, 26)
    text = f"""{hello('fr', r, e.given)}

Suite à votre demande, une correction sera appliquée à la paie {per} ({d_fr(w.future(now.date(), 3, 14))}) :

Matricule : {mat}
Prime de soir : {r.randint(2, 9)} quarts non payés ({r.choice(['4,25', '3,90'])} $/h)
Heures supplémentaires du {d_fr(now.date() - dt.timedelta(days=r.randint(10, 30)), 1)} : {r.choice(['7,5', '3,75', '11,25'])} h à taux et demi
Ajustement net estimé : {r.randint(80, 640)},{r.randint(10, 99)} $

Le relevé détaillé sera disponible dans le portail employé.

{signature(p, 'fr')}
"""
    return Spec("neg", "payroll", "fr", r.choice(["Correction de paie", "Votre demande — paie", "Ajustement prime de soir"]), text,
                staff_addr(p), [staff_addr(e)], note="correction de paie d'un employé")


def occ_health(w, now):
    r = w.rng
    m = w.pick_staff("manager")
    e = w.pick_staff(r.choice(["nurse", "echo", "clerk", "device"]))
    sst = w.pick_staff("hr")
    kind = r.choice([
        f"le retour progressif de {e.given} {e.surname} à compter du {d_fr(w.future(now.date(), 2, 10))} (3 jours/semaine, pas de soulèvement > 10 kg pendant 4 semaines, suite à son entorse lombaire)",
        f"que {e.given} {e.surname} ne doit pas être affecté{'e' if e.sex == 'F' else ''} en salle d'hémodynamie (exposition aux rayons X) jusqu'à nouvel ordre, à la demande de la santé au travail",
        f"que {e.given} {e.surname} est apte au travail après son arrêt (certificat reçu); aucune restriction",
    ])
    text = f"""Bonjour {m.given},

La santé et sécurité au travail vous confirme {kind}.
Merci d'ajuster l'horaire en conséquence. Les détails médicaux demeurent au dossier de santé de l'employé{'e' if e.sex == 'F' else ''} et ne vous sont pas transmis.

{signature(sst, 'fr')}
Santé, sécurité et mieux-être au travail
"""
    return Spec("neg", "occupational_health", "fr", "Santé au travail — affectation", text, staff_addr(sst), [staff_addr(m)],
                note="restrictions de travail d'un employé (santé au travail)")


def candidate(w, now):
    r = w.rng
    hr = w.pick_staff("hr")
    m = w.pick_staff("manager")
    c = w.patient("fr", age=(24, 50))
    t = w.future(now.date(), 3, 12)
    cv = make_docx(f"Curriculum vitae — {c.given} {c.surname}", [
        f"{c.street}, {c.city}", f"Cellulaire : {c.cell}", f"Courriel : {c.given.lower()}.{c.surname.lower()}@courriel.example",
        "## Expérience", f"{r.randint(2016, 2021)}–aujourd'hui : Infirmière clinicienne, unité coronarienne, Hôpital général de Lac-Vernier",
        f"{r.randint(2012, 2015)}–{r.randint(2016, 2020)} : Infirmière, médecine interne",
        "## Formation", "Baccalauréat en sciences infirmières", "Certification en soins critiques (en cours)",
        "## Langues", "Français, anglais"], author="candidat")
    text = f"""Bonjour {m.given},

Voici le CV de {c.given} {c.surname}, candidat{'e' if c.sex == 'F' else ''} retenu{'e' if c.sex == 'F' else ''} pour le poste d'infirmière clinicienne à la clinique d'insuffisance cardiaque (affichage 2025-{r.randint(10, 99)}).
Entrevue proposée le {d_short_fr(t)} à {r.choice(['9 h', '10 h 30', '13 h 30'])}, salle B-214. Comité : toi, {w.pick_staff('nurse').full} et moi.

{signature(hr, 'fr')}
"""
    return Spec("neg", "hr", "fr", "Entrevue — poste infirmière clinicienne IC", text, staff_addr(hr), [staff_addr(m)],
                note="CV d'un candidat et convocation à une entrevue",
                attachments=[Att("docx", f"CV_{c.surname}_{c.given}.docx", cv)])


def job_posting(w, now):
    r = w.rng
    hr = w.pick_staff("hr")
    post = r.choice([("Infirmière clinicienne ou infirmier clinicien — clinique d'insuffisance cardiaque", "Temps complet, jour"),
                     ("Technologue en échographie cardiaque", "Temps partiel (7/14), jour et soir"),
                     ("Kinésiologue — réadaptation cardiaque", "Remplacement 12 mois"),
                     ("Agente ou agent administratif — centrale de rendez-vous de l'hémodynamie", "Temps complet")])
    text = f"""AFFICHAGE INTERNE {now.year}-{r.randint(100, 199)}

Titre : {post[0]}
Statut : {post[1]}
Port d'attache : {ORG_FR}

Fonctions principales :
- Suivi de la clientèle atteinte d'insuffisance cardiaque, de fibrillation auriculaire ou porteuse d'un stimulateur, selon le poste;
- Enseignement et titration selon les ordonnances collectives;
- Collaboration avec l'équipe interdisciplinaire.

Exigences : permis d'exercice valide; expérience en cardiologie un atout; bilinguisme.
Date limite : {d_fr(w.future(now.date(), 10, 20))}, 16 h.

Pour postuler : portail carrières ou {org_addr('dotation')}.

{signature(hr, 'fr')}
"""
    return Spec("neg", "job_posting", "fr", f"Affichage — {post[0].split(' — ')[0]}", text, staff_addr(hr), [ALL], note="affichage de poste interne")


def baby(w, now):
    r = w.rng
    s = w.pick_staff(r.choice(["nurse", "clerk", "manager"]))
    e = w.pick_staff(r.choice(["nurse", "echo", "device", "kin", "cardio"]))
    bd = now.date() - dt.timedelta(days=r.randint(1, 6))
    bn = r.choice(["Rose", "Léa", "Olivier", "Thomas", "Florence", "Noah", "Alice", "Jules"])
    text = f"""Bonjour l'équipe,

Bonne nouvelle : {e.given} est maintenant {'maman' if e.sex == 'F' else 'papa'}! {bn} est né{'e' if bn in ('Rose', 'Léa', 'Florence', 'Alice') else ''} le {d_fr(bd)} à {r.randint(1, 11)} h {r.randint(10, 59)}, {r.choice(['3,2', '3,45', '3,8', '2,9'])} kg. Tout le monde se porte bien.

Une carte circule au poste de la clinique d'IC jusqu'à vendredi, et on se cotise pour un cadeau (5 $ suggérés).

{s.given}
"""
    return Spec("neg", "staff_news", "fr", r.choice([f"Bienvenue à {bn}!", "Bonne nouvelle", "Naissance dans l'équipe"]), text,
                staff_addr(s), [ALL], note="annonce de naissance du bébé d'un membre du personnel")


def retirement(w, now):
    r = w.rng
    s = w.pick_staff("manager")
    e = w.pick_staff(r.choice(["echo", "nurse", "device", "cardio"]))
    d = w.future(now.date(), 7, 30)
    yrs = r.randint(25, 38)
    text = f"""Chers collègues,

Après {yrs} ans à l'Institut, {e.title + ' ' if e.title else ''}{e.given} {e.surname} prendra sa retraite le {d_fr(d)}.
{'Pionnière' if e.sex == 'F' else 'Pionnier'} du {r.choice(['laboratoire d’écho de stress', 'programme de télésurveillance des stimulateurs', 'programme de réadaptation cardiaque'])}, {e.given} a formé des dizaines de technologues et de résidents.

Un 5 à 7 aura lieu le {d_short_fr(d)} à la cafétéria du pavillon A. Confirmez votre présence avant le {d_fr(d - dt.timedelta(days=5), 1)}.

{signature(s, 'fr')}
"""
    return Spec("neg", "staff_news", "fr", f"Départ à la retraite — {e.given} {e.surname}", text, staff_addr(s), [ALL],
                note="annonce de départ à la retraite")


def newsletter(w, now):
    r = w.rng
    c = w.pick_staff("comm")
    d1, d2 = staff_names(w, "cardio", 2)
    n1 = w.pick_staff("nurse")
    html = f"""<html><body style="font-family:Georgia,serif">
<h1 style="color:#8b1e2d">Le Battement — infolettre de l'{ORG_FR}</h1>
<p><i>{d_fr(now.date())}</i></p>
<h2>Nouvelles cliniques</h2>
<p>{d1.title} {d1.full}, cardiologue {'spécialisée' if d1.sex == 'F' else 'spécialisé'} en insuffisance cardiaque avancée, a reçu le prix {r.choice(['Jeune chercheur', 'Enseignement clinique'])} de la Société d'insuffisance cardiaque du Québec-Centre. Ses travaux portent sur la titration accélérée des traitements de l'ICFEr.</p>
<p>La clinique de FA dirigée par {d2.title} {d2.surname} a ouvert une deuxième plage de cardioversion le mardi. Délai moyen actuel : {r.randint(9, 30)} jours.</p>
<h2>Chiffres du trimestre</h2>
<ul><li>{r.randint(2100, 2900)} échographies transthoraciques</li><li>{r.randint(310, 460)} coronarographies, dont {r.randint(120, 200)} ICP</li>
<li>{r.randint(600, 900)} transmissions de télésurveillance traitées</li><li>Taux de réadmission à 30 jours (IC) : {r.randint(14, 21)},{r.randint(0, 9)} %</li></ul>
<h2>Reconnaissance</h2>
<p>Merci à {n1.given} {n1.surname}, infirmière clinicienne, pour le nouveau carnet d'enseignement sur la pesée quotidienne.</p>
<p style="font-size:9pt;color:#666">{ORG_FR} · {ORG_ADDR} · 819-555-0100<br>Pour vous désabonner, répondez « désabonnement ».</p>
</body></html>"""
    text = "Le Battement — infolettre. Version HTML seulement."
    return Spec("neg", "newsletter", "fr", f"Le Battement — infolettre {d_fr(now.date(), 1)}", text, ("Communications ICVB", org_addr("communications")),
                [ALL], note="infolettre interne", html=html, force={"format": r.choice(["html", "alt"])})


def committee(w, now):
    r = w.rng
    ph = w.pick_staff("pharm")
    d = w.future(now.date(), 5, 20)
    items = r.sample(["Ajout du vericiguat au formulaire local", "Révision du protocole d'anticoagulation péri-procédurale (AOD)",
                      "Ordonnance collective : titration des bêtabloquants en clinique d'IC", "Fer IV (carboxymaltose) — critères d'utilisation",
                      "Substitution thérapeutique des statines", "Suivi de la pénurie de digoxine injectable",
                      "Bilan des événements indésirables liés à l'amiodarone (données agrégées)"], 4)
    text = f"""Bonjour,

Le comité de pharmacologie de cardiologie se réunira le {d_short_fr(d)} de 12 h à 13 h (salle A-110 et Teams).

Ordre du jour :
""" + "\n".join(f"{i}. {it}" for i, it in enumerate(items, 1)) + f"""
{len(items) + 1}. Varia

Les documents seront déposés dans le dossier partagé la veille.
Présidence : {w.pick_staff('cardio').title} {w.pick_staff('cardio').full}

{signature(ph, 'fr')}
"""
    ics = make_ics(f"{stable_hex('comite', d)}@{ORG_DOMAIN}", dt.datetime(d.year, d.month, d.day, 12), dt.datetime(d.year, d.month, d.day, 13),
                   "Comité de pharmacologie — cardiologie", "Ordre du jour dans le dossier partagé.", "Salle A-110 / Teams",
                   (ph.full, ph.email))
    return Spec("neg", "committee", "fr", "Convocation — comité de pharmacologie", text, staff_addr(ph), [("Membres du comité", org_addr("comite-pharmaco"))],
                note="convocation à un comité avec invitation", attachments=[Att("ics", "comite.ics", ics)] if r.random() < 0.6 else [])


def programme(w, now):
    r = w.rng
    c = w.pick_staff("comm")
    docs = staff_names(w, "cardio", 5)
    d = w.future(now.date(), 20, 60)
    talks = ["Les iSGLT2 dans l'IC à FEVG préservée : où en sommes-nous?", "Ablation de la FA en 2025 : pour qui?",
             "TAVI chez le patient à faible risque", "Télésurveillance des DCI : gestion des alertes", "Réadaptation cardiaque virtuelle",
             "Cardio-oncologie : dépistage de la cardiotoxicité", "Amylose cardiaque : quand y penser?"]
    r.shuffle(talks)
    lines = [f"{d_fr(d)} — Auditorium du pavillon A", ""]
    t = 8
    for i, doc in enumerate(docs):
        lines.append(f"{t}:{'00' if i % 2 == 0 else '30'}  {talks[i]}")
        lines.append(f"        {doc.title} {doc.full}, {ORG_FR}")
        t += 1
    lines += ["", "Activité reconnue : 6 heures de développement professionnel (section 1).", "Inscription : " + org_addr("dpc")]
    pdf = make_pdf("Journée scientifique de cardiologie", lines, author="ICVB DPC")
    text = f"""Bonjour,

Vous êtes invités à la Journée scientifique annuelle de cardiologie le {d_fr(d)}. Le programme est joint.
Conférenciers : {', '.join(f'{x.title} {x.surname}' for x in docs)}.

{signature(c, 'fr')}
"""
    return Spec("neg", "conference", "fr", "Programme — Journée scientifique de cardiologie", text, staff_addr(c), [ALL],
                note="programme de journée scientifique", attachments=[Att("pdf", "Programme_journee_scientifique.pdf", pdf)])


def training(w, now):
    r = w.rng
    n = w.pick_staff("nurse")
    people = staff_names(w, "nurse", 5) + staff_names(w, "device", 2)
    d1 = w.future(now.date(), 5, 30)
    text = f"""Bonjour,

Rappel : la recertification RCR/SARC est obligatoire pour le personnel de l'unité coronarienne et de l'hémodynamie.
Session du {d_fr(d1)}, 8 h à 16 h, centre de simulation (B-020).

Inscrits :
""" + "\n".join(f"- {p.full} ({'expire le ' + d_fr(w.future(now.date(), 10, 90), 1)})" for p in people) + f"""

Les personnes dont la certification est échue ne pourront pas être affectées en salle.

{signature(n, 'fr')}
"""
    return Spec("neg", "training", "fr", "Recertification SARC — liste des inscrits", text, staff_addr(n), [("Unité coronarienne", org_addr("uc"))],
                note="formation obligatoire du personnel")


TEMPLATES = [on_call, leave, payroll, occ_health, candidate, job_posting, baby, retirement, newsletter, committee, programme,
             training]
