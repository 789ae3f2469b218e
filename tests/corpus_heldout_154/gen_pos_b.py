"""Positive templates, part B: ethics, compensation, logistics, pharmacy, foreign coverage."""
import datetime as dt

import gen_attach as A
import gen_data as D
from gen_common import quote, fwd_block
from gen_mime import Mail

SOCIAL_FR = [
    "vit en refuge depuis sa séparation et n'a plus d'adresse fixe",
    "est prestataire de l'aide sociale et craint que la compensation soit déduite de son chèque",
    "a signalé de la violence conjugale; son conjoint ne doit pas être appelé au domicile",
    "est proche aidant(e) de son conjoint atteint de démence et ne peut plus se déplacer aux visites",
    "a perdu son emploi et dit ne plus pouvoir payer le stationnement",
]
SOCIAL_EN = [
    "has been living in a shelter since the separation and has no fixed address",
    "is on income assistance and worries the compensation will be clawed back from the cheque",
    "disclosed intimate partner violence; the partner must not be called at home",
    "is the sole caregiver for a spouse with dementia and can no longer travel to visits",
    "lost their job and says they cannot afford parking anymore",
]


def ethics_complaint(c):
    p = c.patient()
    t = c.trial_for(p)
    eo = D.STAFF[7]
    pi = c.pi(t)
    c.types.add("social_information")
    k = c.rng.randrange(len(SOCIAL_FR))
    soc = SOCIAL_FR[k] if c.lang == "fr" else SOCIAL_EN[k]
    nm = c.name(p, style=c.pick([0, 5, 6]), title=c.rng.random() < 0.5)
    dx = c.dx(t)
    ref = f"CER-PL-{c.date.year}-{c.rng.randrange(10, 99)}"
    phone = c.contact_phone(p) if c.rng.random() < 0.5 else None
    if c.lang == "fr":
        subj = f"{t['cer']} - plainte d'un participant ({ref})"
        body = (f"Dr {pi[1]},\n\nLe CÉR a reçu hier un appel de {nm}, participant(e) à {t['code']} "
                f"({dx}). La personne {soc}. Elle souhaite poursuivre l'étude mais demande que les "
                f"modalités de contact et de compensation soient revues.\n")
        if phone:
            body += f"Elle demande qu'on la joigne uniquement au {phone} (cellulaire personnel).\n"
        body += (f"\nPourriez-vous nous transmettre d'ici le {c.d(c.future(5, 12), 2)} votre réponse et les mesures "
                 f"proposées ? Le dossier est traité en confidentialité par le bureau du CÉR.\n\n"
                 f"{D.signature(eo, 'fr', c.rng)}")
    else:
        subj = f"{t['cer']} - participant complaint ({ref})"
        body = (f"Dr {pi[1]},\n\nThe REB office received a call yesterday from {nm}, a participant in {t['code']} "
                f"({dx}). This person {soc}. They want to stay in the study but ask that contact and "
                f"compensation arrangements be reviewed.\n")
        if phone:
            body += f"They ask to be reached only at {phone} (personal cell).\n"
        body += (f"\nPlease send your response and proposed measures by {c.d(c.future(5, 12), 2)}. The file is "
                 f"handled confidentially by the REB office.\n\n{D.signature(eo, 'en', c.rng)}")
    m = Mail(c.lang, "ethics", D.staff_addr(eo), [D.doc_addr(pi)], subj, body)
    return "ethics_complaint", m, "ethics board relays participant complaint with social situation"


def compensation_sin(c):
    p = c.patient()
    t = c.trial_for(p)
    fin = D.STAFF[10]
    coord = c.rng.choice([D.STAFF[1], D.STAFF[2], D.STAFF[15]])
    amount = c.rng.choice([450, 600, 825, 1100, 1350])
    nm = c.name(p, style=c.pick([0, 1, 8]))
    sin = c.sin(p)
    addr = c.contact_addr(p)
    dx = c.dx(t)
    orig_fr = (f"Bonjour {fin[0]},\n\nLa compensation versée en {c.date.year - 1} à un(e) participant(e) de {t['code']} "
               f"dépasse le seuil de 500 $ ; il faut un relevé. Quels renseignements te faut-il ?\n\n{coord[0]}")
    orig_en = (f"Hi {fin[0]},\n\nCompensation paid in {c.date.year - 1} to one {t['code']} participant is over the "
               f"$500 threshold so a tax slip is needed. What do you need from me?\n\n{coord[0]}")
    if c.lang == "fr":
        subj = f"RE: Relevé 1 / T4A - compensation participant {t['code']}"
        body = (f"Voici ce que j'ai pour le feuillet :\n\nNom : {nm}\nNAS : {sin}\nAdresse : {addr}\n"
                f"Montant {c.date.year - 1} : {amount},00 $ (visites de l'étude {t['code']} - {dx})\n\n"
                f"Le NAS m'a été donné verbalement par la/le participant(e) ; je détruis ma note dès que tu confirmes.\n\n"
                f"{coord[0]}\n\n" + quote(orig_fr, f"{fin[0]} {fin[1]}", c.d(c.past(1, 4), 2), "fr"))
    else:
        subj = f"RE: T4A / RL-1 - {t['code']} participant compensation"
        body = (f"Here is what I have for the slip:\n\nName: {nm}\nSIN: {sin}\nAddress: {addr}\n"
                f"{c.date.year - 1} amount: ${amount}.00 ({t['code']} study visits - {dx})\n\n"
                f"The participant gave me the SIN over the phone; I'll shred my note once you confirm.\n\n"
                f"{coord[0]}\n\n" + quote(orig_en, f"{fin[0]} {fin[1]}", c.d(c.past(1, 4), 2), "en"))
    m = Mail(c.lang, "finance", D.staff_addr(coord), [D.staff_addr(fin)], subj, body,
             in_reply_to=f"<rl1.{c.idx}@{D.ORG['dom']}>")
    return "compensation_tax", m, "participant compensation tax slip details"


def visit_booking(c):
    p = c.patient()
    t = c.trial_for(p)
    coord = c.rng.choice(D.STAFF[:3] + [D.STAFF[14], D.STAFF[15]])
    book = c.pick([("Centrale de rendez-vous", "Booking office", "rdv"), ("Imagerie - réservation", "Imaging bookings", "imagerie"),
                   ("Clinique externe de cardiologie", "Cardiology outpatient clinic", "clinique.cardio")])
    day = c.future(3, 20)
    hour = c.pick(["7 h 45", "8 h 00", "9 h 30", "13 h 15"])
    nm = c.name(p, style=c.pick([0, 1, 4, 7]))
    mr = c.mrn(p) if c.rng.random() < 0.7 else None
    ph = c.contact_phone(p) if c.rng.random() < 0.6 else None
    namline = ""
    if p.nam and c.rng.random() < 0.5:
        namline = c.L(f"NAM {c.nam(p)} - DDN {c.dob(p)} - sexe {p.sex}\n", f"RAMQ {c.nam(p)} - DOB {c.dob(p)} - sex {p.sex}\n")
    tests = c.pick([c.L("ECG 12 dérivations + prise de sang à jeun", "12-lead ECG + fasting bloodwork"),
                    c.L("échographie cardiaque", "echocardiogram"), c.L("IRM cérébrale de sécurité", "safety brain MRI"),
                    c.L("TDM thorax-abdomen (évaluation RECIST)", "CT chest-abdomen (RECIST assessment)")])
    dx = c.dx(t)
    if c.lang == "fr":
        subj = c.pick([f"Demande de RV - visite {t['code']}", f"RV recherche {c.d(day, 0)} - {nm}"])
        body = (f"{c.hello()}\n\nPourriez-vous réserver {tests} pour {nm}"
                + (f" (dossier {mr})" if mr else "") + f" le {c.d(day, 2)} vers {hour} ? "
                f"C'est la visite protocolaire de l'étude {t['code']} ({dx}); les frais sont imputés au projet "
                f"{t['cer']}.\n" + namline + (f"Le ou la patient(e) peut être joint(e) au {ph}.\n" if ph else "")
                + f"\n{c.bye()}\n\n{D.signature(coord, 'fr', c.rng)}")
    else:
        subj = c.pick([f"Booking request - {t['code']} visit", f"Research booking {c.d(day, 0)} - {nm}"])
        body = (f"{c.hello()}\n\nCould you book {tests} for {nm}" + (f" (MRN {mr})" if mr else "")
                + f" on {c.d(day, 2)} around {hour}? This is the protocol visit for {t['code']} ({dx}); charges go "
                f"to project {t['cer']}.\n" + namline + (f"Patient can be reached at {ph}.\n" if ph else "")
                + f"\n{c.bye()}\n\n{D.signature(coord, 'en', c.rng)}")
    m = Mail(c.lang, "booking", D.staff_addr(coord), [(c.L(book[0], book[1]), f"{book[2]}@{D.ORG['dom']}")], subj, body)
    return "visit_booking", m, "booking request for a protocol visit"


def transport_request(c):
    p = c.patient()
    t = c.trial_for(p)
    coord = c.rng.choice(D.STAFF[:3] + [D.STAFF[14]])
    adm = D.STAFF[4]
    day = c.future(2, 15)
    nm = c.name(p, style=c.pick([0, 5, 8]), title=True)
    addr = c.contact_addr(p)
    ph = c.contact_phone(p)
    med = c.meds(t["area"], 1)[0] if c.rng.random() < 0.5 else None
    dx = c.dx(t)
    if c.lang == "fr":
        subj = f"Coupon taxi - {t['code']} - {c.d(day, 0)}"
        body = (f"Bonjour {adm[0]},\n\nPeux-tu émettre un coupon de taxi aller-retour pour {nm} ?\n\n"
                f"Départ : {addr}\nTél. : {ph}\nArrivée : CHUSV, pavillon de recherche, porte 3\n"
                f"Date : {c.d(day, 2)}, prise en charge 7 h 15, retour vers 15 h\n\n"
                f"Visite de l'étude {t['code']} ({dx})" + (f", elle reçoit {med} sur place" if med else "")
                + f". Elle/il ne conduit plus depuis le début du traitement.\n\n{c.bye()}\n{coord[0]}")
    else:
        subj = f"Taxi voucher - {t['code']} - {c.d(day, 0)}"
        body = (f"Hi {adm[0]},\n\nCould you issue a return taxi voucher for {nm}?\n\nPick-up: {addr}\nPhone: {ph}\n"
                f"Drop-off: CHUSV research pavilion, door 3\nDate: {c.d(day, 2)}, pick-up 7:15, return around 3 pm\n\n"
                f"{t['code']} study visit ({dx})" + (f", receiving {med} on site" if med else "")
                + f". They stopped driving when treatment started.\n\n{c.bye()}\n{coord[0]}")
    m = Mail(c.lang, "transport", D.staff_addr(coord), [D.staff_addr(adm)], subj, body)
    return "transport", m, "taxi voucher request for a study visit"


def central_lab_forward(c):
    p = c.patient()
    t = c.trial_for(p)
    lab = D.EXTERNAL[5]
    coord = c.rng.choice([D.STAFF[1], D.STAFF[2], D.STAFF[15]])
    pi = c.pi(t)
    sid = c.subj_id(t)
    vals = c.lab(t["area"], 2)
    alert_en = (f"CENTRAL LAB ALERT - protocol {t['proto']}\nSite 014 / Subject {sid}\nAccession CL{c.rng.randrange(100000, 999999)}\n"
                f"Alert values: {vals[0]}; {vals[1]}\nPlease acknowledge within 24 hours.")
    nm = c.name(p, style=c.pick([0, 3, 6]), title=c.rng.random() < 0.5)
    mr = c.mrn(p)
    dx = c.dx(t)
    if c.lang == "fr":
        subj = f"TR: ALERTE labo central - {sid}"
        body = (f"Dr {pi[1]},\n\nPour info : {sid}, c'est {nm} (dossier {mr}), dans {t['code']} ({dx}). Je l'appelle ce matin "
                f"pour un contrôle au CLSC ; voulez-vous qu'on suspende la dose de demain ?\n\n{coord[0]}\n\n"
                + fwd_block(alert_en, f"{lab[0]} {lab[1]} <alerts@{lab[4]}>", f"site014@{D.ORG['dom']}",
                            c.d(c.past(0, 1), 2), f"ALERT {t['proto']} {sid}", "fr"))
    else:
        subj = f"FW: Central lab ALERT - {sid}"
        body = (f"Dr {pi[1]},\n\nFYI: {sid} is {nm} (MRN {mr}) in {t['code']} ({dx}). I'm calling this morning to arrange "
                f"a repeat at the CLSC; do you want tomorrow's dose held?\n\n{coord[0]}\n\n"
                + fwd_block(alert_en, f"{lab[0]} {lab[1]} <alerts@{lab[4]}>", f"site014@{D.ORG['dom']}",
                            c.d(c.past(0, 1), 2), f"ALERT {t['proto']} {sid}", "en"))
    m = Mail(c.lang, "lab", D.staff_addr(coord), [D.doc_addr(pi)], subj, body)
    return "lab_alert_forward", m, "central lab alert forwarded with identity added"


def ics_visit(c):
    p = c.patient()
    t = c.trial_for(p)
    coord = c.rng.choice(D.STAFF[:3] + [D.STAFF[8]])
    nurse = c.rng.choice([s for s in (D.STAFF[0], D.STAFF[14]) if s != coord])
    day = c.future(2, 20)
    start = dt.datetime.combine(day, dt.time(c.pick([8, 9, 10, 13]), c.pick([0, 30])))
    end = start + dt.timedelta(hours=c.pick([1, 2, 4]))
    visit = c.pick(["V3", "V5", "S8", "C2J1", "S24"])
    short = f"{p.surname.upper()} {p.given[0]}."
    c.types.add("patient_name")
    lab = c.lab(t["area"], 1)[0]
    ph = c.contact_phone(p) if c.rng.random() < 0.5 else None
    c.dx(t)
    desc = c.L(f"Visite {visit} {t['code']} ({t['dx_fr']}). Dernier résultat: {lab}. Prévoir ECG + bilan."
               + (f" Rappel la veille au {ph}." if ph else ""),
               f"{visit} visit {t['code']} ({t['dx_en']}). Last result: {lab}. ECG + bloods."
               + (f" Reminder call the day before at {ph}." if ph else ""))
    att = A.ics(f"visite_{visit}.ics" if c.lang == "fr" else f"visit_{visit}.ics",
                f"brc-{c.idx}-{visit}@{D.ORG['dom']}", start, end,
                f"{visit} {t['code']} - {short}", c.L("Unité de recherche clinique, local R-120", "Clinical research unit, room R-120"),
                desc, D.staff_addr(coord), [D.staff_addr(nurse)])
    subj = c.L(f"Invitation : {visit} {t['code']} - {c.d(day, 0)}", f"Invitation: {visit} {t['code']} - {c.d(day, 0)}")
    body = c.L(f"{nurse[0]}, je t'ajoute à la visite de {c.d(day, 2)} (détails dans l'invitation). {c.bye()}\n{coord[0]}",
               f"{nurse[0]}, adding you to the visit on {c.d(day, 2)} (details in the invite). {c.bye()}\n{coord[0]}")
    m = Mail(c.lang, "calendar", D.staff_addr(coord), [D.staff_addr(nurse)], subj, body, attachments=[att])
    return "calendar_visit", m, "calendar invitation for a participant visit"


def vcard_participant(c):
    p = c.patient()
    t = c.trial_for(p)
    coord = c.rng.choice([D.STAFF[1], D.STAFF[2], D.STAFF[15]])
    other = c.rng.choice([D.STAFF[0], D.STAFF[8], D.STAFF[14]])
    c.types.update({"patient_name", "patient_contact", "date_of_birth"})
    c.dx(t)
    note = c.L(f"Participant(e) {t['code']} - préfère texto", f"{t['code']} participant - prefers text")
    att = A.vcard(f"{p.given}_{p.surname}.vcf", p.given, p.surname, tel=p.phone, adr=(p.street, p.city),
                  bday=p.dob.isoformat(), note=note)
    body = c.L(f"{other[0]},\n\nFiche contact de la nouvelle participante/du nouveau participant à {t['code']} "
               f"({t['dx_fr']}), pour les rappels de visite pendant mes vacances. Elle/il préfère les textos.\n\n{coord[0]}",
               f"{other[0]},\n\nContact card for our new {t['code']} participant ({t['dx_en']}), for visit reminders "
               f"while I'm on vacation. They prefer texts.\n\n{coord[0]}")
    subj = c.L("Contact participant - rappels", "Participant contact - reminders")
    m = Mail(c.lang, "contact", D.staff_addr(coord), [D.staff_addr(other)], subj, body, attachments=[att])
    return "participant_vcard", m, "participant contact card attached"


def pharmacy_rx(c):
    p = c.bank.take_nam(False)
    t = c.trial_for(p)
    pharm = D.STAFF[3]
    pi = c.pi(t)
    meds = c.meds(t["area"], 2)
    ph_name, ph_dom = c.pick([("Pharmacie Thivierge et Langlois", "pharm-thivierge.example"),
                              ("Pharmacie du Plateau-Sainte-Foy", "pharmaplateau.example"),
                              ("Pharmacie Lemay-Vézina", "lemayvezina.example")])
    nm = c.name(p, style=c.pick([0, 1]), title=True)
    dx = c.dx(t)
    if c.lang == "fr":
        subj = f"Participant à un essai clinique - interactions - {p.surname.upper()}"
        body = (f"Bonjour,\n\nVotre client(e) {nm}, né(e) le {c.dob(p)}, sexe {p.sex}, NAM {c.nam(p)}, participe à "
                f"l'étude {t['code']} ({dx}) au CHUSV et reçoit {t['drug']} en double insu.\n\n"
                f"Merci de ne pas servir de clarithromycine, kétoconazole ou millepertuis sans nous appeler. "
                f"Ordonnance renouvelée par Dr {pi[1]} aujourd'hui :\n- {meds[0]}\n- {meds[1]}\n\n"
                f"{c.bye()}\n\n{D.signature(pharm, 'fr', c.rng)}")
    else:
        subj = f"Clinical trial participant - interactions - {p.surname.upper()}"
        body = (f"Hello,\n\nYour client {nm}, DOB {c.dob(p)}, sex {p.sex}, RAMQ {c.nam(p)}, is enrolled in "
                f"{t['code']} ({dx}) at CHUSV and receives blinded {t.get('drug_en', t['drug'])}.\n\n"
                f"Please do not dispense clarithromycin, ketoconazole or St John's wort without calling us. "
                f"Prescription renewed by Dr {pi[1]} today:\n- {meds[0]}\n- {meds[1]}\n\n"
                f"{c.bye()}\n\n{D.signature(pharm, 'en', c.rng)}")
    m = Mail(c.lang, "pharmacy", D.staff_addr(pharm), [(ph_name, f"labo@{ph_dom}")],
             subj, body)
    return "pharmacy_rx", m, "letter to community pharmacy about a trial participant"


def peds_youth_protection(c):
    p = c.bank.take_nam(child=True)
    t = [x for x in D.TRIALS if x["area"] == "peds"][0]
    coord = c.rng.choice([D.STAFF[2], D.STAFF[8]])
    eo = D.STAFF[7]
    pi = c.pi(t)
    c.types.add("social_information")
    nm = c.name(p, style=c.pick([0, 5, 1]))
    dx = c.dx(t)
    lab = c.lab("peds", 1)[0]
    if c.lang == "fr":
        subj = f"Consentement {t['code']} - enfant sous la DPJ"
        body = (f"Bonjour {eo[0]},\n\nQuestion pour le CÉR : {nm} (DDN {c.dob(p)}, sexe {p.sex}, NAM {c.nam(p)}) "
                f"est suivi(e) en clinique d'asthme ({dx}, {lab} à la dernière visite) et serait éligible à {t['code']}. "
                f"L'enfant est placé(e) en famille d'accueil depuis {c.pick(['janvier', 'l’automne', 'mars'])} en vertu "
                f"d'une ordonnance de la DPJ ; la mère garde l'autorité parentale mais les contacts sont supervisés.\n\n"
                f"Qui doit signer le consentement : la mère, l'intervenante de la DPJ ou les deux ?\n\n"
                f"{c.bye()}\n\n{D.signature(coord, 'fr', c.rng)}")
    else:
        subj = f"{t['code']} consent - child under youth protection"
        body = (f"Hi {eo[0]},\n\nQuestion for the REB: {nm} (DOB {c.dob(p)}, sex {p.sex}, RAMQ {c.nam(p)}) is "
                f"followed in asthma clinic ({dx}, {lab} at last visit) and would be eligible for {t['code']}. The "
                f"child has been in foster care since {c.pick(['January', 'the fall', 'March'])} under a youth "
                f"protection (DPJ) order; the mother keeps parental authority but visits are supervised.\n\n"
                f"Who signs the consent: the mother, the DPJ worker, or both?\n\n{c.bye()}\n\n{D.signature(coord, 'en', c.rng)}")
    m = Mail(c.lang, "ethics", D.staff_addr(coord), [D.staff_addr(eo)], subj, body.replace("’", "'"))
    return "peds_consent_dpj", m, "ethics question on consent for child in youth protection"


def foreign_coverage(c):
    p = c.bank.take_other(False)
    t = c.trial_for(p)
    coord = c.rng.choice([D.STAFF[1], D.STAFF[12], D.STAFF[15]])
    c.bank.foreign = getattr(c.bank, "foreign", 0) + 1
    belgian = c.bank.foreign % 2 == 1
    insurer = c.pick([("Assurance Voyage Horizon", "horizon-assur.example"), ("Mutualité Solidaris Liège", "mutsol.example")]) \
        if belgian else c.pick([("CPAM - Service des relations internationales", "cpam-intl.example"),
                                ("Mutuelle Générale des Enseignants de l'Ouest", "mgeo.example")])
    nm = c.name(p, style=c.pick([0, 1, 5]), title=True)
    dob = c.dob(p)
    ident = (c.L("NISS", "NISS") + " " + c.niss(p)) if belgian else (c.L("NIR", "NIR") + " " + c.nir(p))
    dx = c.dx(t)
    lab = c.lab(t["area"], 1)[0]
    if c.lang == "fr":
        subj = f"Couverture des frais hors protocole - {nm}"
        body = (f"Madame, Monsieur,\n\nNous suivons au CHUSV {nm}, né(e) le {dob}, {ident}, résident(e) temporaire "
                f"au Québec et participant(e) à une étude clinique ({dx}). Les visites protocolaires sont couvertes par "
                f"le promoteur, mais une hospitalisation récente ({lab} à l'admission) ne l'est pas.\n\n"
                f"Pouvez-vous confirmer la prise en charge et nous indiquer l'adresse de facturation ?\n\n"
                f"{c.bye()}\n\n{D.signature(coord, 'fr', c.rng)}")
    else:
        subj = f"Coverage of non-protocol costs - {nm}"
        body = (f"Dear Sir or Madam,\n\nWe are following {nm}, born {dob}, {ident}, a temporary resident of Quebec "
                f"enrolled in a clinical study at CHUSV ({dx}). Protocol visits are paid by the sponsor, but a recent "
                f"admission ({lab} on arrival) is not.\n\nPlease confirm coverage and the billing address.\n\n"
                f"{c.bye()}\n\n{D.signature(coord, 'en', c.rng)}")
    m = Mail(c.lang, "insurer", D.staff_addr(coord), [(insurer[0], f"dossiers@{insurer[1]}")], subj, body)
    return "foreign_insurer", m, "coverage request to foreign insurer with national number"


def ontario_participant(c):
    p = c.bank.take_other(False)
    t = c.trial_for(p)
    fin = D.STAFF[10]
    coord = c.rng.choice([D.STAFF[1], D.STAFF[2]])
    city, fsa = c.pick(D.ON_CITIES)
    p.city, p.postal = city, f"{fsa} {c.rng.randrange(1, 10)}B{c.rng.randrange(1, 10)}"
    p.street = f"{c.rng.randrange(12, 2900)} {c.pick(D.ON_STREETS)}"
    p.phone = D.fmt_phone(c.rng, "613")
    nm = c.name(p, style=c.pick([1, 8, 0]))
    rows = [[c.L("Champ", "Field"), c.L("Valeur", "Value")],
            [c.L("Participant", "Participant"), nm],
            [c.L("Date de naissance", "Date of birth"), c.dob(p, 0)],
            [c.L("No carte santé Ontario", "Ontario health number"), c.ohip(p)],
            [c.L("Adresse", "Address"), c.contact_addr(p)],
            [c.L("Étude", "Study"), f"{t['code']} - {c.dx(t)}"],
            [c.L("Acte hors protocole", "Non-protocol service"), c.pick([c.L("TDM thorax", "CT chest"), c.L("consultation urgence", "ED visit")])]]
    text = "\n".join(" | ".join(r) for r in rows)
    body = c.L(f"Bonjour {fin[0]},\n\nParticipant(e) de l'Outaouais ontarien : la RAMQ ne couvre pas, il faut facturer "
               f"l'OHIP pour l'acte hors protocole. Voici les infos :\n\n{text}\n\n{c.bye()}\n{coord[0]}",
               f"Hi {fin[0]},\n\nOntario participant: RAMQ doesn't cover, we need to bill OHIP for the non-protocol "
               f"service. Details:\n\n{text}\n\n{c.bye()}\n{coord[0]}")
    subj = c.L("Facturation hors province - participant", "Out-of-province billing - participant")
    m = Mail(c.lang, "finance", D.staff_addr(coord), [D.staff_addr(fin)], subj, body)
    return "out_of_province", m, "out-of-province billing details for a participant"


TEMPLATES = [ethics_complaint, compensation_sin, visit_booking, transport_request, central_lab_forward,
             ics_visit, vcard_participant, pharmacy_rx, peds_youth_protection, foreign_coverage, ontario_participant]
