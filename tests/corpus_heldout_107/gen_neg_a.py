"""Negative (non-confidential) templates, part A: HR, schedules, payroll, occupational health,
newsletters, invoices, purchase orders, conferences, committees, job postings, IT, statistics."""
import datetime as dt

from stdnum.ca import bn as ca_bn
from stdnum import luhn

from gen_attach import CSV, DOCX, ICS, PDF, XLSX, att, make_csv, make_docx, make_ics, make_pdf, make_xlsx
from gen_clinical import DX, MEDS, med
from gen_common import (CLINIC_ADDR, CLINIC_PHONE, DOM, STAFF, dr, fmt_date, fmt_day, staff, staff_addr)
from gen_compose import body, hospital, new_mail, unit_name

ALL_NEURO = ("Service de neurologie – tous", f"neurologie-tous@{DOM}")
ALL_NEURO_EN = ("Neurology - all staff", f"neurologie-tous@{DOM}")
DOCS = ["vhebert", "khaddad", "ilachance", "tvaillancourt", "anguyen", "rkowalski", "sdesrosiers"]
TECHS = ["kdufresne", "sbelisle"]
NURSES = ["jmercier", "meprovencher", "nbenali", "gdorval"]
ADMIN = ["crousseau", "lchartrand", "mferreira", "hdumais", "dlefebvre"]


def allto(lang):
    return [ALL_NEURO if lang == "fr" else ALL_NEURO_EN]


def gen_bn(rng):
    while True:
        b = rng.choice("12345789") + "".join(rng.choice("0123456789") for _ in range(7))
        n = b + luhn.calc_check_digit(b)
        if ca_bn.is_valid(n):
            return n


def luhn_serial(rng, n=9):
    b = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(n - 2))
    return b + luhn.calc_check_digit(b)


# --------------------------------------------------------------------------- hr_vacation
def hr_vacation(ctx, lang):
    rng = ctx.rng
    mgr = staff(rng.choice(["hdumais", "dlefebvre", "gdorval"]))
    people = rng.sample(TECHS + NURSES + ADMIN + DOCS, 6)
    rows = []
    for lg in people:
        s = staff(lg)
        d0 = dt.date(2025, rng.choice([6, 7, 8]), rng.randint(1, 25))
        rows.append(f"{s[0]} {s[1]} : {fmt_date(d0, lang, 1)} → {fmt_date(d0 + dt.timedelta(days=rng.choice([7, 14, 21])), lang, 1)}")
    if lang == "fr":
        subj = rng.choice(["Calendrier des vacances d'été 2025", "Vacances – version finale", "Demandes de congé – été"])
        paras = ["Voici le calendrier des vacances approuvé :", "\n".join(rows),
                 rng.choice(["Les échanges doivent être approuvés par la gestionnaire.", "Rappel : au moins une technologue EEG doit être présente en tout temps.",
                             "Les demandes tardives seront traitées selon l'ancienneté."])]
    else:
        subj = rng.choice(["Summer vacation calendar 2025", "Vacation - final version", "Leave requests - summer"])
        paras = ["Here is the approved vacation schedule:", "\n".join(rows),
                 rng.choice(["Swaps must be approved by the manager.", "Reminder: one EEG technologist must be on site at all times."])]
    mail = new_mail(ctx, lang, subj, staff_addr(mgr), allto(lang), body(rng, lang, None, paras, mgr, group=True))
    mail.update(types=set(), note="staff vacation calendar")
    return mail


# --------------------------------------------------------------------------- oncall schedule
def oncall(ctx, lang):
    rng = ctx.rng
    sec = staff(rng.choice(["lchartrand", "crousseau"]))
    month = rng.randint(1, 12)
    rows = [["Date", "Neurologue de garde", "Résident", "Téléavertisseur"] if lang == "fr" else ["Date", "Staff neurologist", "Resident", "Pager"]]
    d = dt.date(2025, month, 1)
    while d.month == month:
        rows.append([d.isoformat(), dr(staff(rng.choice(DOCS)), lang), f"{staff(rng.choice(['poneill', 'echarbonneau', 'obrassard']))[0]}",
                     f"418 555-01{rng.randint(60, 69)}"])
        d += dt.timedelta(days=1)
    from gen_common import MONTHS_EN, MONTHS_FR
    mname = (MONTHS_FR if lang == "fr" else MONTHS_EN)[month - 1]
    as_xlsx = rng.random() < 0.5
    if lang == "fr":
        subj = f"Horaire de garde neurologie – {mname} 2025"
        paras = ["Voici l'horaire de garde " + ("en pièce jointe." if as_xlsx else "du mois :"),
                 None if as_xlsx else "\n".join(" | ".join(r) for r in rows[1:12]) + "\n(...)",
                 rng.choice(["Les échanges de garde doivent m'être signalés.", "Le téléavertisseur de garde reste le 0165 pour la nuit."])]
    else:
        subj = f"Neurology on-call schedule - {mname} 2025"
        paras = ["On-call schedule " + ("attached." if as_xlsx else "for the month:"),
                 None if as_xlsx else "\n".join(" | ".join(r) for r in rows[1:12]) + "\n(...)",
                 "Please let me know about any swaps."]
    mail = new_mail(ctx, lang, subj, staff_addr(sec), allto(lang), body(rng, lang, None, paras, sec, group=True))
    if as_xlsx:
        mail["attachments"] = [att(make_xlsx([(mname, rows)]), XLSX, f"garde_neuro_{month:02d}_2025.xlsx")]
    mail.update(types=set(), note="physician on-call schedule")
    return mail


# --------------------------------------------------------------------------- payroll
def payroll(ctx, lang):
    rng = ctx.rng
    hr = staff("cpilon")
    kind = rng.randint(0, 2)
    if lang == "fr":
        subj = ["Rappel – approbation des feuilles de temps", "Changement de la date de paie (congé férié)", "Relevés 1 et T4 disponibles"][kind]
        paras = [["Les feuilles de temps de la période 14 doivent être approuvées avant mardi midi.",
                  "En raison du congé, la paie sera déposée le mercredi plutôt que le jeudi.",
                  "Les relevés fiscaux sont disponibles dans le portail employé (section Paie)."][kind],
                 rng.choice(["Pour toute question : poste 24410.", "Merci de votre collaboration.", "Les heures supplémentaires doivent être justifiées."])]
    else:
        subj = ["Reminder - timesheet approval", "Pay date change (statutory holiday)", "T4 slips available"][kind]
        paras = [["Period 14 timesheets must be approved by Tuesday noon.", "Because of the holiday, pay will be deposited Wednesday.",
                  "Tax slips are available in the employee portal (Pay section)."][kind], "Questions: ext. 24410."]
    mail = new_mail(ctx, lang, subj, staff_addr(hr), allto(lang), body(rng, lang, None, paras, hr, group=True))
    if kind == 0 and rng.random() < 0.6:
        rows = [["Employé" if lang == "fr" else "Employee", "Matricule" if lang == "fr" else "Employee #", "Heures rég.", "Heures supp."]]
        for lg in rng.sample(TECHS + NURSES + ADMIN, 5):
            s = staff(lg)
            rows.append([f"{s[1]}, {s[0]}", str(rng.randint(100000, 999999)), 70, rng.choice([0, 0, 3.5, 7.25])])
        mail["attachments"] = [att(make_xlsx([("P14", rows)]), XLSX, "feuilles_temps_P14.xlsx")]
    mail.update(types=set(), note="payroll administration")
    return mail


# --------------------------------------------------------------------------- occupational health (staff)
def occ_health(ctx, lang):
    rng = ctx.rng
    sst = ("Santé et sécurité au travail", f"sst@{DOM}") if lang == "fr" else ("Occupational Health & Safety", f"sst@{DOM}")
    s = staff(rng.choice(TECHS + NURSES + ADMIN))
    mgr = staff(rng.choice(["hdumais", "gdorval"]))
    kind = rng.randint(0, 4)
    if kind == 4:
        if lang == "fr":
            subj = f"Assignation temporaire – {s[0]} {s[1]}"
            paras = [f"Suite à la lésion professionnelle (entorse lombaire) de {s[0]} {s[1]}, le médecin désigné recommande une assignation temporaire "
                     "pour 4 semaines : pas de soulèvement de plus de 10 kg, pas de transfert d'usagers.",
                     "Le dossier CNESST est ouvert; merci de remplir le formulaire d'assignation temporaire avec l'employé(e)."]
        else:
            subj = f"Temporary assignment - {s[0]} {s[1]}"
            paras = [f"Following {s[0]} {s[1]}'s work injury (low-back sprain), the designated physician recommends temporary duties for 4 weeks: "
                     "no lifting over 10 kg, no patient transfers.", "The workers' compensation file is open; please complete the temporary assignment form."]
        mail = new_mail(ctx, lang, subj, (("Santé et sécurité au travail" if lang == "fr" else "Occupational Health & Safety"), f"sst@{DOM}"),
                        [staff_addr(mgr)], body(rng, lang, None, paras, staff("cpilon"), name=mgr[0]))
        mail.update(types=set(), note="employee work-injury restrictions (occupational health, staff only)")
        return mail
    if lang == "fr":
        subj = ["Campagne de vaccination antigrippale du personnel", "Test d'ajustement N95 – rendez-vous",
                f"Retour progressif – {s[0]} {s[1]}", "Évaluation ergonomique de poste"][kind]
        paras = [["La vaccination du personnel aura lieu du 20 octobre au 7 novembre à la cafétéria. Objectif : 80 % du service.",
                  f"{s[0]} {s[1]}, votre test d'ajustement N95 est prévu le {fmt_day(ctx.now.date() + dt.timedelta(days=6), 'fr')} à 10 h, local B-114.",
                  f"{s[0]} reviendra selon un horaire progressif (3 jours/semaine) à compter du {fmt_day(ctx.now.date() + dt.timedelta(days=10), 'fr')}, selon le plan convenu avec le bureau de santé.",
                  f"Une évaluation ergonomique du poste de {s[0]} {s[1]} (secrétariat) est prévue la semaine prochaine."][kind],
                 rng.choice(["Merci d'ajuster l'horaire en conséquence.", "Aucun document n'est requis.", None])]
    else:
        subj = ["Staff flu vaccination campaign", "N95 fit test - appointment", f"Gradual return to work - {s[0]} {s[1]}", "Workstation ergonomic assessment"][kind]
        paras = [["Staff vaccination runs Oct 20 - Nov 7 in the cafeteria. Target: 80% of the department.",
                  f"{s[0]} {s[1]}, your N95 fit test is booked for {fmt_day(ctx.now.date() + dt.timedelta(days=6), 'en')} at 10 am, room B-114.",
                  f"{s[0]} will return on a gradual schedule (3 days/week) starting {fmt_day(ctx.now.date() + dt.timedelta(days=10), 'en')}, as agreed with Occupational Health.",
                  f"An ergonomic assessment of {s[0]} {s[1]}'s workstation is planned next week."][kind], "Thank you."]
    to = [staff_addr(mgr)] if kind in (2, 3) else ([staff_addr(s)] if kind == 1 else allto(lang))
    mail = new_mail(ctx, lang, subj, sst, to, body(rng, lang, None, paras, staff("cpilon")))
    mail.update(types=set(), note="staff occupational health administration")
    return mail


# --------------------------------------------------------------------------- newsletter
def newsletter(ctx, lang):
    rng = ctx.rng
    comm = ("Communications CHUVB", f"communications@{DOM}")
    topic = rng.randint(0, 3)
    if lang == "fr":
        subj = ["Infolettre Neuro – Mois de sensibilisation à la SP", "Journée lavande (épilepsie) le 26 mars",
                "Infolettre – Parkinson : nouvelle clinique de réadaptation", "Semaine de la migraine"][topic]
        paras = [["Mai est le mois de la sensibilisation à la sclérose en plaques. Environ 90 000 Canadiens vivent avec la SP; notre clinique suit plus de 2 100 usagers.",
                  "Le 26 mars, portez du violet! L'épilepsie touche environ 1 personne sur 100. Kiosque d'information au hall principal de 11 h à 14 h.",
                  "Le programme de réadaptation pour la maladie de Parkinson accueillera ses premiers groupes en septembre (tai-chi, LSVT BIG).",
                  "La migraine est la 2e cause d'années vécues avec une incapacité. Conférence grand public le 12 juin à l'amphithéâtre."][topic],
                 f"Félicitations à {dr(staff(rng.choice(DOCS)), 'fr')} pour sa bourse de recherche du FRQS fictif!",
                 "Pour vous désabonner, écrivez à communications@" + DOM]
    else:
        subj = ["Neuro Newsletter - MS Awareness Month", "Purple Day (epilepsy) on March 26", "Newsletter - Parkinson rehab program", "Migraine week"][topic]
        paras = [["May is MS Awareness Month. About 90,000 Canadians live with MS; our clinic follows more than 2,100 patients.",
                  "Wear purple on March 26! Epilepsy affects about 1 in 100 people. Information booth in the main lobby 11-2.",
                  "The Parkinson's rehabilitation program will welcome its first groups in September (tai chi, LSVT BIG).",
                  "Migraine is the 2nd leading cause of years lived with disability. Public lecture June 12 in the auditorium."][topic],
                 f"Congratulations to {dr(staff(rng.choice(DOCS)), 'en')} on the research award!",
                 "To unsubscribe, write to communications@" + DOM]
    text = "\n\n".join(paras) + "\n"
    mail = new_mail(ctx, lang, subj, comm, allto(lang), text, layout=rng.choice(["html", "alt", None]))
    mail.update(types=set(), note="newsletter about a disease, aggregate figures")
    return mail


# --------------------------------------------------------------------------- invoice
SUPPLIERS = [("NeuroTech Fournitures inc.", "facturation@neurotech-fournitures.example"),
             ("Électrodes Boréal ltée", "comptes@electrodes-boreal.example"),
             ("MediSupply Canada", "ar@medisupply-ca.example")]
ITEMS = [("Électrodes cupules Ag/AgCl, paquet de 10", "Ag/AgCl cup electrodes, pack of 10"),
         ("Pâte conductrice Ten20, 8 oz", "Ten20 conductive paste, 8 oz"),
         ("Aiguilles EMG concentriques 37 mm (boîte de 25)", "Concentric EMG needles 37 mm (box of 25)"),
         ("Bonnets EEG taille M", "EEG caps size M"),
         ("Gel abrasif NuPrep 114 g", "NuPrep abrasive gel 114 g"),
         ("Électrodes de surface jetables", "Disposable surface electrodes")]


def invoice(ctx, lang):
    rng = ctx.rng
    sup = rng.choice(SUPPLIERS)
    to = staff(rng.choice(["dlefebvre", "hdumais"]))
    inv = f"F{rng.randint(2025000, 2025999)}"
    bn = gen_bn(rng)
    lines, total = [], 0
    for it in rng.sample(ITEMS, rng.randint(2, 4)):
        q, pu = rng.randint(1, 20), round(rng.uniform(12, 240), 2)
        total += q * pu
        lines.append(f"{it[0] if lang == 'fr' else it[1]} — {'qté' if lang == 'fr' else 'qty'} {q} x {pu:.2f} $ — lot {rng.randint(2400, 2599)}-{rng.randint(1000, 9999)}")
    tps, tvq = total * 0.05, total * 0.09975
    pdf_lines = [f"{'Facture' if lang == 'fr' else 'Invoice'} {inv}", f"{'Client' if lang == 'fr' else 'Customer'} : {hospital(lang)} – {'Laboratoire EEG/EMG' if lang == 'fr' else 'EEG/EMG lab'}",
                 f"PO 4500{rng.randint(10000, 99999)}", ""] + lines + ["",
                 f"{'Sous-total' if lang == 'fr' else 'Subtotal'} : {total:.2f} $", f"TPS/GST ({bn} RT0001) : {tps:.2f} $",
                 f"TVQ/QST ({rng.randint(1000000000, 1299999999)} TQ0001) : {tvq:.2f} $", f"Total : {total + tps + tvq:.2f} $",
                 "Net 30 jours" if lang == "fr" else "Net 30 days"]
    pdf = make_pdf(("Facture " if lang == "fr" else "Invoice ") + inv, pdf_lines, header=[sup[0]])
    subj = rng.choice([f"Facture {inv}", f"{sup[0]} – facture {inv}"] if lang == "fr" else [f"Invoice {inv}", f"{sup[0]} - invoice {inv}"])
    text = (f"{'Bonjour' if lang == 'fr' else 'Hello'},\n\n" +
            (f"Veuillez trouver ci-joint la facture {inv}. Paiement net 30 jours.\n\nService à la clientèle\n{sup[0]}\n"
             if lang == "fr" else f"Please find attached invoice {inv}. Payment net 30.\n\nCustomer service\n{sup[0]}\n"))
    mail = new_mail(ctx, lang, subj, sup, [staff_addr(to)], text, attachments=[att(pdf, PDF, f"{inv}.pdf")])
    mail.update(types=set(), note="supplier invoice with lot numbers and business numbers")
    return mail


# --------------------------------------------------------------------------- purchase order
def purchase_order(ctx, lang):
    rng = ctx.rng
    a = staff(rng.choice(["dlefebvre", "kdufresne", "sbelisle"]))
    sup = rng.choice(SUPPLIERS)
    po = f"4500{rng.randint(10000, 99999)}"
    rows = [["Article", "Code", "Qté", "Prix unitaire", "Centre d'activité"] if lang == "fr" else ["Item", "Code", "Qty", "Unit price", "Cost centre"]]
    for it in rng.sample(ITEMS, 3):
        rows.append([it[0] if lang == "fr" else it[1], f"{rng.choice(['NT', 'EB', 'MS'])}-{rng.randint(10000, 99999)}",
                     rng.randint(1, 30), round(rng.uniform(10, 300), 2), "6302"])
    if lang == "fr":
        subj = f"Bon de commande {po}"
        paras = [f"Voici le bon de commande {po} pour le laboratoire d'électrophysiologie.", "Livraison : quai de réception, pavillon Marcotte, à l'attention du labo EEG."]
    else:
        subj = f"Purchase order {po}"
        paras = [f"Here is PO {po} for the electrophysiology lab.", "Deliver to: receiving dock, Marcotte pavilion, attn EEG lab."]
    fmt = rng.choice(["xlsx", "csv", "text"])
    mail = new_mail(ctx, lang, subj, staff_addr(a), [sup], body(rng, lang, None, paras, a))
    if fmt == "xlsx":
        mail["attachments"] = [att(make_xlsx([("PO", rows)]), XLSX, f"BC_{po}.xlsx")]
    elif fmt == "csv":
        mail["attachments"] = [att(make_csv(rows), CSV, f"BC_{po}.csv", charset="utf-8")]
    else:
        mail["text"] = mail["text"].replace(paras[1], paras[1] + "\n\n" + "\n".join(" | ".join(map(str, r)) for r in rows))
    mail.update(types=set(), note="purchase order for lab supplies")
    return mail


# --------------------------------------------------------------------------- conference programme
def conference(ctx, lang):
    rng = ctx.rng
    org = staff(rng.choice(["dlefebvre", "lchartrand"]))
    talks = [
        ("vhebert", "Épilepsie pharmacorésistante : quand penser à la chirurgie?", "Drug-resistant epilepsy: when to think about surgery"),
        ("khaddad", "Sclérose en plaques : désescalade thérapeutique après 55 ans", "MS: de-escalating therapy after 55"),
        ("ilachance", "Maladie de Parkinson avancée : pompes et stimulation cérébrale profonde", "Advanced Parkinson's: pumps and DBS"),
        ("tvaillancourt", "Anti-CGRP en migraine chronique : 5 ans plus tard", "Anti-CGRP in chronic migraine: 5 years on"),
        ("anguyen", "SLA : le rôle de l'EMG dans le diagnostic précoce", "ALS: EMG in early diagnosis"),
        ("sdesrosiers", "Réadaptation post-AVC : doser l'intensité", "Post-stroke rehab: dosing intensity"),
        ("rkowalski", "EEG continu aux soins intensifs", "Continuous EEG in the ICU"),
    ]
    prog = []
    h = 8
    for lg, fr, en in rng.sample(talks, 5):
        prog.append(f"{h:02d} h 30 – {dr(staff(lg), lang)} : {fr if lang == 'fr' else en}")
        h += 1
    if lang == "fr":
        subj = rng.choice(["Programme – Journée annuelle de neurologie", "Journée de neurologie du CHUVB – inscription", "Programme final – Journée scientifique"])
        paras = ["Voici le programme de la Journée annuelle de neurologie (vendredi 14 novembre, amphithéâtre Marcotte) :", "\n".join(prog),
                 "Activité reconnue pour 6 heures de développement professionnel. Inscription gratuite pour le personnel."]
    else:
        subj = rng.choice(["Programme - Annual Neurology Day", "CHUVB Neurology Day - registration"])
        paras = ["Programme for the Annual Neurology Day (Friday, November 14, Marcotte auditorium):", "\n".join(prog),
                 "Accredited for 6 hours of CPD. Free registration for staff."]
    mail = new_mail(ctx, lang, subj, staff_addr(org), allto(lang), body(rng, lang, None, paras, org, group=True))
    if rng.random() < 0.5:
        mail["attachments"] = [att(make_pdf("Programme" if lang == "fr" else "Programme", prog, header=[hospital(lang)]), PDF, "programme_journee_neuro.pdf")]
    mail.update(types=set(), note="conference programme: physicians with topics")
    return mail


# --------------------------------------------------------------------------- committee notice
def committee(ctx, lang):
    rng = ctx.rng
    sec = staff(rng.choice(["lchartrand", "hdumais"]))
    kind = rng.randint(0, 2)
    if lang == "fr":
        subj = ["Convocation – Comité de pharmacologie", "Comité d'éthique de la recherche – dates de dépôt", "Comité qualité neurologie – ordre du jour"][kind]
        paras = [["La prochaine rencontre aura lieu le 18 mars à 12 h, salle 4.201. Points : usage des anti-CD20, protocole d'état de mal.",
                  "Les dates limites de dépôt pour 2025 sont le 15 de chaque mois. Les protocoles multicentriques suivent le processus simplifié.",
                  "1. Adoption du PV\n2. Délais en EEG (moyenne 42 jours)\n3. Chutes à l'unité 4N (T2)\n4. Divers"][kind],
                 "Merci de confirmer votre présence."]
    else:
        subj = ["Notice - Pharmacy & Therapeutics Committee", "Research Ethics Board - submission deadlines", "Neurology quality committee - agenda"][kind]
        paras = [["Next meeting March 18 at noon, room 4.201. Items: anti-CD20 use, status epilepticus protocol.",
                  "Submission deadlines for 2025 are the 15th of each month.",
                  "1. Minutes\n2. EEG wait times (mean 42 days)\n3. Falls on 4N (Q2)\n4. Other"][kind], "Please confirm attendance."]
    mail = new_mail(ctx, lang, subj, staff_addr(sec), [staff_addr(staff(x)) for x in rng.sample(DOCS, 3)], body(rng, lang, None, paras, sec))
    mail.update(types=set(), note="committee notice")
    return mail


# --------------------------------------------------------------------------- job posting
def job_posting(ctx, lang):
    rng = ctx.rng
    hr = staff("cpilon")
    job = rng.choice([("Technologue en électrophysiologie médicale", "Medical electrophysiology technologist"),
                      ("Infirmière clinicienne – clinique de SP", "Nurse clinician - MS clinic"),
                      ("Agente administrative classe 2 – neurologie", "Administrative officer - neurology"),
                      ("Ergothérapeute – neuroréadaptation", "Occupational therapist - neuro-rehab")])
    no = f"2025-NEU-{rng.randint(100, 999)}"
    if lang == "fr":
        subj = f"Affichage interne {no} – {job[0]}"
        paras = [f"Poste : {job[0]}, permanent temps complet (35 h/sem.), jour.", "Exigences : permis d'exercice valide; expérience en neurologie un atout.",
                 f"Échelle salariale : {rng.randint(26, 31)},{rng.randint(10, 99)} $ à {rng.randint(42, 52)},{rng.randint(10, 99)} $ / h.",
                 f"Postuler avant le {fmt_date(ctx.now.date() + dt.timedelta(days=14), 'fr', 2)} via le portail carrière, no {no}."]
    else:
        subj = f"Internal posting {no} - {job[1]}"
        paras = [f"Position: {job[1]}, permanent full-time (35 h/week), days.", "Requirements: valid licence; neurology experience an asset.",
                 f"Salary: ${rng.randint(26, 31)}.{rng.randint(10, 99)} to ${rng.randint(42, 52)}.{rng.randint(10, 99)}/h.",
                 f"Apply by {fmt_date(ctx.now.date() + dt.timedelta(days=14), 'en', 2)} through the careers portal, ref. {no}."]
    mail = new_mail(ctx, lang, subj, staff_addr(hr), allto(lang), body(rng, lang, None, paras, hr, group=True))
    mail.update(types=set(), note="job posting")
    return mail


# --------------------------------------------------------------------------- IT notice
def it_notice(ctx, lang):
    rng = ctx.rng
    it = staff("rbeland")
    kind = rng.randint(0, 3)
    d = ctx.now.date() + dt.timedelta(days=rng.randint(2, 9))
    if lang == "fr":
        subj = ["Interruption planifiée – NeuroLink EEG", "Mise à jour DossierPlus 8.4", "Activation de l'authentification multifacteur",
                "Remplacement des postes du labo EMG"][kind]
        paras = [[f"Le serveur de revue EEG sera indisponible le {fmt_day(d, 'fr')} de 22 h à 2 h. Les enregistrements en cours ne seront pas affectés.",
                  "La version 8.4 ajoute le module de prescription électronique. Une formation de 30 minutes est offerte en ligne.",
                  "À compter du 1er juin, l'accès à distance exigera l'AMF. Installez l'application avant cette date.",
                  "Les postes EMG-01 à EMG-03 (numéros d'inventaire INV-44817, INV-44818, INV-44822) seront remplacés jeudi."][kind],
                 "Billet de référence : INC" + str(rng.randint(1000000, 9999999)) + ". Centre de services TI, poste 25000."]
    else:
        subj = ["Planned outage - NeuroLink EEG", "DossierPlus 8.4 update", "Multi-factor authentication rollout", "EMG lab workstation replacement"][kind]
        paras = [[f"The EEG review server will be down {fmt_day(d, 'en')} from 10 pm to 2 am. Ongoing recordings are not affected.",
                  "Version 8.4 adds the e-prescribing module. A 30-minute online training is available.",
                  "From June 1, remote access will require MFA.",
                  "Workstations EMG-01 to EMG-03 (asset tags INV-44817, INV-44818, INV-44822) will be replaced Thursday."][kind],
                 "Ticket: INC" + str(rng.randint(1000000, 9999999)) + ". IT service desk, ext. 25000."]
    mail = new_mail(ctx, lang, subj, staff_addr(it), allto(lang), body(rng, lang, None, paras, it, sig_short=False, group=True))
    mail.update(types=set(), note="IT notice")
    return mail


# --------------------------------------------------------------------------- statistics
def statistics(ctx, lang):
    rng = ctx.rng
    a = staff(rng.choice(["dlefebvre", "hdumais"]))
    rows = [["Période", "EEG réalisés", "EMG réalisés", "Nouveaux patients SP", "Délai médian EEG (j)", "Consultations céphalées"] if lang == "fr"
            else ["Period", "EEGs done", "EMGs done", "New MS patients", "Median EEG wait (d)", "Headache consults"]]
    for q in ["T1", "T2", "T3", "T4"] if lang == "fr" else ["Q1", "Q2", "Q3", "Q4"]:
        rows.append([f"2024-{q}", rng.randint(700, 1100), rng.randint(400, 700), rng.randint(35, 80), rng.randint(20, 70), rng.randint(150, 400)])
    if lang == "fr":
        subj = rng.choice(["Statistiques d'activité 2024", "Indicateurs trimestriels – neurologie", "Tableau de bord – volumes"])
        paras = ["Voici les statistiques agrégées de l'année.", "Le délai en EEG a diminué de 18 % depuis l'ajout de la plage du samedi."]
    else:
        subj = rng.choice(["2024 activity statistics", "Quarterly indicators - neurology", "Dashboard - volumes"])
        paras = ["Aggregate statistics for the year attached.", "EEG wait fell 18% after adding the Saturday slot."]
    mail = new_mail(ctx, lang, subj, staff_addr(a), allto(lang), body(rng, lang, None, paras, a, group=True))
    if rng.random() < 0.5:
        mail["attachments"] = [att(make_xlsx([("2024", rows)]), XLSX, "stats_neuro_2024.xlsx")]
    else:
        mail["attachments"] = [att(make_csv(rows, delimiter=","), CSV, "stats_neuro_2024.csv", charset="utf-8")]
    mail.update(types=set(), note="aggregate activity statistics")
    return mail
