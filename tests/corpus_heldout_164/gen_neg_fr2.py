"""French-Canadian non-confidential messages (hard negatives), part 2."""
import datetime as _dt

from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_ics, make_vcard, make_zip
from gen_common import (Mail, Att, DOM, DOM_CRISE, CLINIC_FR, ADDR_FR, ADDR_CRISE, day_text, hm, fmt_date,
                        luhn_serial, phone, MONTHS_FR)
from gen_neg_fr import A, ALL


def it_notice(c):
    m = Mail("informatique", "fr")
    rng = c.rng
    ti = c.staff("ti", dom="ti-vallon.example")
    d = c.later(2, 10)
    v = rng.randint(0, 2)
    if v == 0:
        body = [f"Le dossier médical électronique (DME) sera indisponible le {day_text(d, 'fr')} de 22 h à 4 h pour la mise "
                "à niveau 8.2.", "Pendant l'interruption, utilisez les formulaires papier d'urgence (bac rouge au poste).",
                "Changement : le champ « No de dossier » acceptera désormais 8 chiffres; aucun numéro existant n'est modifié."]
        subj = "Interruption planifiée du DME"
    elif v == 1:
        body = ["Attention : une campagne d'hameçonnage circule avec l'objet « Résultats de laboratoire à consulter ».",
                "Ne cliquez pas sur le lien; transférez le courriel à securite@ti-vallon.example puis supprimez-le.",
                "Rappel : aucun membre de l'équipe TI ne vous demandera votre mot de passe."]
        subj = "ALERTE — hameçonnage"
    else:
        body = [f"Le VPN sera remplacé le {day_text(d, 'fr')}. Les portables de l'équipe mobile (actifs "
                f"{luhn_serial(rng, 10)} à {luhn_serial(rng, 10)}) doivent passer au comptoir TI avant cette date.",
                "Prévoir 20 minutes par appareil."]
        subj = "Remplacement du VPN — portables équipe mobile"
    m.blocks = ["Bonjour,"] + body + [("sig", f"{ti.full}\nSoutien informatique — Centre de services\nPoste 5000 | 819-555-0199")]
    m.subject = subj
    m.sender = ("Soutien TI", f"soutien@ti-vallon.example")
    m.to = ALL(c)
    m.note = "avis informatique"
    return m


def facilities(c):
    m = Mail("batiment", "fr")
    rng = c.rng
    d = c.later(1, 10)
    body = rng.choice([
        [f"L'ascenseur du 1450, boul. des Érables sera hors service le {day_text(d, 'fr')} (inspection annuelle).",
         "Les usagers à mobilité réduite devront être rencontrés au rez-de-chaussée, salle Tilleul."],
        [f"Exercice d'évacuation incendie le {day_text(d, 'fr')} vers 10 h. Les groupes en cours seront interrompus.",
         "Point de rassemblement : stationnement arrière."],
        ["Le chauffage de l'aile B est défectueux; un technicien passera demain matin.",
         "Les entrevues peuvent être déplacées dans les bureaux 210 à 214."],
    ])
    m.blocks = ["Bonjour,"] + body + [("sig", f"Service des installations matérielles\n{ADDR_FR}\n819-555-0188")]
    m.subject = rng.choice(["Avis — installations", "Travaux et entretien", "Avis aux occupants"])
    m.sender = ("Installations matérielles", f"installations@{DOM}")
    m.to = ALL(c)
    m.note = "avis des installations"
    return m


def committee(c):
    m = Mail("comite", "fr")
    rng = c.rng
    pres = c.staff(rng.choice(["psychiatre", "chef"]))
    sec = c.staff("adjointe")
    name = rng.choice(["Comité de prévention du suicide", "Comité qualité et sécurité des soins", "Comité d'éthique clinique",
                       "Comité des usagers — rencontre conjointe"])
    d = c.later(5, 20)
    m.blocks = [f"Convocation — {name}",
                f"Date : {day_text(d, 'fr')}, 12 h à 13 h 30 — salle du conseil et Teams.",
                f"Présidence : {pres.title('fr')}. Secrétariat : {'Mme' if sec.sex == 'F' else 'M.'} {sec.full}.",
                "Ordre du jour :\n1. Adoption du procès-verbal\n2. Revue des événements sentinelles du trimestre (données agrégées)\n"
                "3. Protocole de suivi post-tentative — mise à jour\n4. Indicateurs d'accès (délais P1 à P4)\n5. Varia",
                "Les documents seront déposés dans le répertoire du comité 48 h à l'avance.", ("sig", c.sig(sec))]
    m.subject = f"Convocation — {name}"
    m.sender = A(sec)
    m.to = [("Membres du comité", f"comite@{DOM}")]
    m.note = "convocation de comité"
    return m


def shortage(c):
    m = Mail("penurie", "fr")
    rng = c.rng
    ph = c.staff("pharm", dom="hopital-saint-ambroise.example")
    drug, alt = rng.choice([("lithium carbonate 300 mg capsules (Carbolith)", "Lithane 150 mg ou lithium ER 300 mg"),
                            ("quétiapine XR 50 mg", "quétiapine IR 25 mg BID"),
                            ("divalproex 250 mg (Epival)", "divalproex 125 mg x 2"),
                            ("méthylphénidate 36 mg (Concerta)", "autres génériques Biphentin selon disponibilité")])
    m.blocks = ["Bonjour,", f"Avis de pénurie : {drug}. Retour prévu : {MONTHS_FR[(c.date.month + 1) % 12]}.",
                f"Alternative suggérée : {alt}. Aucune modification n'est requise pour les ordonnances en cours avant le "
                "prochain renouvellement.", f"DIN concernés : {rng.randint(2200000, 2499999):08d}, {rng.randint(2200000, 2499999):08d}.",
                ("sig", f"{ph.full}, pharm.\nDépartement de pharmacie — Hôpital Saint-Ambroise\n819-555-0170")]
    m.subject = f"Pénurie — {drug.split(' (')[0]}"
    m.sender = A(ph)
    m.to = [("Prescripteurs CESM", f"prescripteurs@{DOM}")]
    m.note = "avis de pénurie de médicament"
    return m


def recall(c):
    m = Mail("rappel_lot", "fr")
    rng = c.rng
    lots = [f"{rng.choice(['QX', 'SR', 'ES'])}{rng.randint(1000, 9999)}{rng.choice('ABC')}" for _ in range(3)]
    prod = rng.choice(["Sertraline 50 mg (comprimés)", "Quétiapine XR 200 mg", "Escitalopram 10 mg"])
    m.blocks = ["AVIS DE RAPPEL — niveau II", f"Produit : {prod}", f"Lots : {', '.join(lots)}",
                "Motif : présence d'une impureté nitrosamine au-delà de la limite acceptable.",
                "Action : retirer les stocks de la pharmacie satellite et des trousses de l'équipe de crise; aucun rappel "
                "auprès des patients n'est requis.", ("sig", "Pharmacovigilance — Direction des services professionnels\n819-555-0171")]
    if rng.random() < 0.5:
        m.attachments.append(Att("avis_rappel.pdf", "application/pdf", make_pdf("Avis de rappel", m.blocks[:-1])))
        m.blocks = ["Bonjour,", "Avis de rappel ci-joint pour diffusion.", m.blocks[-1]]
    m.subject = f"Rappel de lots — {prod}"
    m.sender = ("Pharmacovigilance", f"pharmacovigilance@{DOM}")
    m.to = [("Prescripteurs CESM", f"prescripteurs@{DOM}")]
    m.note = "rappel de lots de médicament"
    return m


def research(c):
    m = Mail("recherche", "fr")
    rng = c.rng
    pi = c.staff("psychiatre")
    acr = rng.choice(["PRISME", "ÉCHO-CRISE", "LUMIÈRE", "PASSERELLE"])
    m.blocks = [f"Étude {acr} — recrutement", f"Chercheur principal : {pi.title('fr')}.",
                "Objectif : évaluer l'efficacité d'un suivi téléphonique structuré après une visite à l'urgence pour "
                "idéations suicidaires.",
                "Critères d'inclusion : 18 à 65 ans, trouble dépressif majeur ou trouble de l'adaptation, consentement écrit. "
                "Exclusion : trouble psychotique actif, déficience intellectuelle.",
                "Approbation CÉR no " + f"{c.date.year}-{rng.randint(1000, 9999)}" + ". Les cliniciens peuvent remettre le "
                "dépliant; l'équipe de recherche fera le premier contact.", ("sig", c.sig(pi))]
    m.subject = f"Étude {acr} — début du recrutement"
    m.sender = A(pi)
    m.to = [("Équipe clinique CESM", f"clinique@{DOM}")]
    m.note = "protocole de recherche sans participant"
    return m


def training(c):
    m = Mail("formation", "fr")
    rng = c.rng
    f = c.staff(rng.choice(["psychologue", "crise"]))
    d = c.later(10, 40)
    if d.weekday() == 4:
        d -= _dt.timedelta(days=1)
    m.blocks = ["Bonjour,", f"Formation « {rng.choice(['Agir en sentinelle pour la prévention du suicide', 'Intervenir auprès de la personne suicidaire (bonnes pratiques)', 'Premiers soins en santé mentale'])} »",
                f"Date : {day_text(d, 'fr')} et le lendemain, 8 h 30 à 16 h 30. Formatrice/formateur : {f.full}.",
                "Contenu : estimation de la dangerosité, plan de sécurité, particularités des troubles psychotiques et de "
                "la consommation, arrimage avec l'équipe de crise.",
                "Places limitées à 20. Inscription auprès de votre chef de service.", ("sig", c.sig(f))]
    m.subject = "Formation — prévention du suicide"
    m.sender = A(f)
    m.to = ALL(c)
    m.note = "annonce de formation"
    return m


def birth(c):
    m = Mail("naissance", "fr")
    rng = c.rng
    par = c.staff(rng.choice(["ts", "inf", "psychologue", "crise"]))
    baby = rng.choice(["Rosalie", "Léo", "Florence", "Arthur", "Maëlle", "Éloi"])
    bd = c.earlier(2, 9)
    m.blocks = ["Bonne nouvelle!",
                f"{par.full} ({par.role_text('fr').lower()}) est devenu{'e' if par.sex == 'F' else ''} parent : "
                f"{baby} est né{'e' if baby in ('Rosalie', 'Florence', 'Maëlle') else ''} le {fmt_date(bd, 'fr', 'long')} à "
                f"{hm(rng.randint(1, 23), rng.randint(0, 59), 'fr')}, {rng.randint(2, 4)},{rng.randint(1, 9)} kg. "
                "Maman et bébé se portent bien.",
                "Une carte circule au secrétariat jusqu'à vendredi.", ("sig", "Le comité social")]
    m.subject = f"Bienvenue à {baby}!"
    m.sender = A(c.staff("adjointe"))
    m.to = ALL(c)
    m.note = "annonce de naissance d'un bébé de collègue"
    return m


def meeting_ics(c):
    m = Mail("reunion_equipe", "fr")
    rng = c.rng
    chef = c.staff("chef")
    d = c.later(2, 12)
    st = _dt.datetime.combine(d, _dt.time(rng.choice([8, 12, 13]), 30))
    summ = rng.choice(["Réunion d'équipe clinique", "Rencontre interdisciplinaire — accès", "Lac-à-l'épaule équipe de crise"])
    ics = make_ics(f"reunion-{st.strftime('%Y%m%d%H%M')}@{DOM}", st, st + _dt.timedelta(hours=1, minutes=30), summ,
                   "Ordre du jour : délais d'accès, horaire des groupes d'hiver, retour sur la formation.",
                   "Salle du conseil / Teams", (chef.full, chef.email),
                   [(x.full, x.email) for x in [c.staff("psychiatre"), c.staff("ts"), c.staff("inf")]])
    m.attachments.append(Att("reunion.ics", "text/calendar; method=REQUEST; charset=\"utf-8\"", ics, text=True))
    m.blocks = ["Bonjour,", f"Invitation : {summ}, {day_text(d, 'fr')}.", ("sig", c.sig(chef))]
    m.subject = f"Invitation : {summ}"
    m.sender = A(chef)
    m.to = [("Équipe clinique CESM", f"clinique@{DOM}")]
    m.note = "invitation à une réunion d'équipe"
    return m


def staff_vcard(c):
    m = Mail("nouvel_employe", "fr")
    rng = c.rng
    new = c.staff(rng.choice(["psychiatre", "psychologue", "ts", "crise"]))
    chef = c.staff("chef")
    vc = make_vcard(new.surname, new.given, org=CLINIC_FR, title=new.role_text("fr"),
                    tel=[("WORK", f"819-555-01{rng.randint(40, 59)}"), ("CELL", phone(rng))], email=new.email,
                    adr=ADDR_FR, adr_type="WORK")
    m.attachments.append(Att(f"{new.given} {new.surname}.vcf", "text/vcard", vc, text=True))
    m.blocks = ["Bonjour à tous,", f"Veuillez accueillir {new.title('fr')}, {new.role_text('fr').lower()}, "
                "qui se joint à l'équipe lundi. Sa carte de contact est jointe (cellulaire professionnel pour la garde).",
                ("sig", c.sig(chef))]
    m.subject = f"Bienvenue à {new.full}"
    m.sender = A(chef)
    m.to = ALL(c)
    m.note = "carte de contact d'un nouvel employé"
    return m


def policies_zip(c):
    m = Mail("politiques", "fr")
    rng = c.rng
    dsp = c.staff("chef")
    docs = [("PRO-112_suivi_post_tentative.docx", make_docx("Procédure — suivi post-tentative de suicide", [
        "1. Tout usager ayant fait une tentative doit être contacté dans les 24 à 72 h suivant le congé.",
        "2. Le plan de sécurité est révisé à chaque contact.", "3. Documenter l'estimation de la dangerosité (grille)."])),
            ("POL-031_confidentialite.pdf", make_pdf("Politique — confidentialité et transmission de renseignements", [
                "Aucun renseignement nominatif ne doit être transmis par courriel non chiffré.",
                "Utiliser le numéro de dossier plutôt que le nom lorsque possible."]))]
    m.attachments.append(Att("procedures_cliniques_2024.zip", "application/zip", make_zip(docs)))
    m.blocks = ["Bonjour,", "Les procédures révisées sont jointes (archive). Entrée en vigueur le "
                + fmt_date(c.later(7, 21), "fr", "long") + ".", ("sig", c.sig(dsp))]
    m.subject = "Procédures cliniques révisées"
    m.sender = A(dsp)
    m.to = ALL(c)
    m.note = "archive de procédures"
    return m


def fwd_it_eml(c):
    m = Mail("transfert_avis_ti", "fr")
    rng = c.rng
    chef = c.staff("chef")
    inner = Mail("ti", "fr")
    inner.date = c.date - _dt.timedelta(days=1)
    inner.blocks = ["Bonjour,", "Les imprimantes multifonctions du 2e étage seront remplacées mardi. Les numérisations "
                    "vers courriel seront indisponibles de 8 h à 11 h.",
                    f"Numéros de série des nouveaux appareils : {luhn_serial(rng, 9)}, {luhn_serial(rng, 9)}.",
                    ("sig", "Soutien TI\n819-555-0199")]
    inner.subject = "Remplacement des imprimantes — 2e étage"
    inner.sender = ("Soutien TI", "soutien@ti-vallon.example")
    inner.to = [("Gestionnaires", "gestionnaires@ti-vallon.example")]
    m.attachments.append(Att("Remplacement des imprimantes.eml", "message/rfc822", inner))
    m.blocks = ["Pour info — voir l'avis joint.", chef.given]
    m.subject = "TR: Remplacement des imprimantes — 2e étage"
    m.sender = A(chef)
    m.to = [("Équipe clinique CESM", f"clinique@{DOM}")]
    m.note = "avis informatique transféré en pièce jointe"
    return m


def survey(c):
    m = Mail("sondage", "fr")
    rng = c.rng
    q = c.staff("chef")
    rows = [[k, f"{rng.randint(72, 97)} %", rng.randint(80, 240)] for k in
            ["Accueil au téléphone", "Délai avant le premier RV", "Respect et écoute", "Groupes thérapeutiques",
             "Suivi après une crise"]]
    m.blocks = ["Bonjour,", f"Résultats du sondage de satisfaction ({rng.randint(300, 700)} répondants, anonymes) :",
                ("table", ["Dimension", "Satisfaits ou très satisfaits", "n"], rows),
                "Principal irritant : délai d'accès en psychiatrie.", ("sig", c.sig(q))]
    m.subject = "Sondage de satisfaction — résultats"
    m.sender = A(q)
    m.to = ALL(c)
    m.note = "résultats agrégés de sondage"
    return m


def resources(c):
    m = Mail("ressources", "fr")
    rng = c.rng
    ts = c.staff("ts")
    rows = [["Ligne de crise 24/7", "1-866-555-0123", "—"],
            ["Maison Laurentine (hébergement femmes)", f"819-555-01{rng.randint(60, 69)}", "confidentielle"],
            ["Centre de jour L'Escale", f"819-555-01{rng.randint(70, 79)}", "220, rue Principale Sud, Vallon"],
            ["Banque alimentaire du Vallon", f"819-555-01{rng.randint(80, 89)}", "15, rue de la Fabrique, Vallon"],
            ["Groupe d'entraide La Boussole", f"819-555-01{rng.randint(90, 99)}", "1020, rue Champlain, Vallon"]]
    m.blocks = ["Bonjour,", "Liste à jour des ressources communautaires à remettre aux usagers :",
                ("table", ["Organisme", "Téléphone", "Adresse"], rows), ("sig", c.sig(ts))]
    m.subject = "Liste des ressources communautaires — mise à jour"
    m.sender = A(ts)
    m.to = [("Équipe clinique CESM", f"clinique@{DOM}"), ("Équipe de crise", f"equipe@{DOM_CRISE}")]
    m.note = "liste de ressources communautaires"
    return m


FR_NEG_B = [it_notice, facilities, committee, shortage, recall, research, training, birth, meeting_ics, staff_vcard,
            policies_zip, fwd_it_eml, survey, resources]
