"""Positive templates, part C: paediatrics, psychiatry, billing, bundles, forwards."""
import datetime as dt
import html as H

import gen_common as G
import gen_files as F
from gen_clinical import CASES, SOCIAL, SOCIAL_FR, social_ok
from gen_ctx import Types, gx, id_line
from gen_mime import Att, Mail
from gen_pos_a import cap, case, me, name_variant, partner


# ------------------------------------------------------------------ P: child vaccination / paediatric follow-up
def paediatric_vaccination(c):
    T = Types()
    p = c.be(min_year=2019, max_year=2024)
    s, frm = me(c, "pédiatrie")
    when = c.when()
    dest = c.pick([("ONE - consultation Jumet", "consult.jumet@one-enfance.example"), ("Dr Sarah Vanhove", "s.vanhove@mm-lesbruyeres.example"),
                   ("Crèche Les Petits Pas", "direction@petitspas.example")])
    T.add("patient_name", "date_of_birth", "medication")
    vac = c.pick(["Hexyon (DTPa-IPV-Hib-HepB) 3e dose", "Prevenar 13 rappel", "M-M-RVAXPRO 1re dose", "Nimenrix (méningocoque ACWY)"])
    lines = [G.greeting(c.rng, "fr", None, "external"), "",
             f"{'La petite' if p.sex == 'F' else 'Le petit'} {p.full()} ({p.born()} le {G.fdate(p.dob)}) "
             f"a reçu ce jour {vac} (lot {c.pick(['T3K21', 'W018842', 'V7A55'])}) lors de son passage en pédiatrie."]
    if c.chance(0.6):
        extra = c.pick(["Antécédent de convulsion fébrile, paracétamol si fièvre.",
                        "Suivi pour retard staturo-pondéral (P3), prochaine pesée dans 15 jours.",
                        f"Situation suivie par le SAJ : les informations ne doivent être transmises qu'à la maman."])
        lines.append(extra)
        T.add("social_information" if "SAJ" in extra else "diagnosis")
    lines += ["Merci d'encoder dans Vaccinnet.", G.signature(s, c.rng)]
    return Mail("paediatric_vaccination", "fr", T.out(), "child's vaccination notice with name and birth date",
                frm, [dest], c.pick(["Vaccination", f"Vaccin {p.given}", "Encodage Vaccinnet"]), "\n".join(lines), date=when, ids=T.ids)


# ------------------------------------------------------------------ P: psychiatric transfer / mise en observation
def psychiatry_transfer(c):
    T = Types()
    p = c.be(min_year=1950, max_year=2005)
    s, frm = me(c, "urgences")
    when = c.when()
    dest = c.pick([("Clinique psychiatrique Les Saules", "admissions@lessaules.example"), ("CHP Le Chêne aux Haies (accueil)", "accueil@chene-haies.example")])
    T.add("patient_name", "social_information")
    state = c.pick(['placé(e) sous mesure de protection (mise en observation) ce jour par le procureur du Roi',
                    'admis(e) hier après une tentative de suicide par phlébotomie', 'en décompensation psychotique aiguë'])
    if "mise en observation" not in state:
        T.add("diagnosis")
    lines = [G.greeting(c.rng, "fr", None, "external"), "",
             f"Nous souhaitons transférer {name_variant(c, p, allow_lower=False)}, {G.age_at(p.dob, when.date())} ans, "
             f"{state}.",
             f"Contexte : {c.pick([t for t, who, _ in SOCIAL['fr'] if social_ok(who, G.age_at(p.dob, when.date()), p.sex)])}.",
             c.pick(["Traitement reçu : halopéridol 5 mg IM + lorazépam 2,5 mg.", "Traitement : olanzapine 10 mg/j.", "Pas de traitement à ce stade."])]
    if "mg" in lines[-1]:
        T.add("medication")
    lines += ["Pouvez-vous confirmer une place ce jour ?", G.signature(s, c.rng)]
    return Mail("psychiatry_transfer", "fr", T.out(), "transfer to a psychiatric facility with protective measure and social context",
                frm, [dest], c.pick(["Demande de transfert psychiatrique", "MEO - demande de lit", "Transfert urgent"]),
                "\n".join(lines), date=when, ids=T.ids, sex=p.sex)


# ------------------------------------------------------------------ P: transplant coordination
def transplant_coordination(c):
    T = Types()
    lang = c.pick(["fr", "en"])
    p = c.be(min_year=1950, max_year=2000)
    s, frm = me(c, "néphrologie")
    when = c.when()
    T.add("patient_name", "diagnosis", "lab_result")
    bg = c.pick(["O+", "A+", "B-", "AB+", "O-"])
    if lang == "fr":
        lines = [G.greeting(c.rng, "fr", None, "external"), "", f"Mise à jour du dossier de {p.upper_first()} (n° ET {c.rng.randrange(100000, 999999)}) pour la liste d'attente de greffe rénale :",
                 f"- groupe sanguin {bg}, PRA {c.rng.randrange(0, 80)} %", f"- dernier cross-match négatif le {G.fdate(c.later(when, -30, -2))}",
                 f"- statut : {c.pick(['transplantable (T)', 'temporairement non transplantable (NT) - infection en cours'])}", G.signature(s, c.rng)]
        subj = c.pick(["Mise à jour liste d'attente", f"Statut greffe {p.surname}", "Eurotransplant - mise à jour"])
    else:
        lines = ["Dear colleagues,", "", f"Update for {p.full()} on the kidney transplant waiting list:", f"- blood group {bg}, PRA {c.rng.randrange(0, 80)}%",
                 f"- last crossmatch negative on {G.fdate(c.later(when, -30, -2), 'en')}", "- status: transplantable", G.signature(s, c.rng, "en")]
        subj = c.pick(["Waiting list update", f"Transplant status - {p.surname}"])
    return Mail("transplant_coordination", lang, T.out(), "transplant waiting-list update for a named patient",
                frm, [("Coordination de transplantation", "coordination@transplant-centre.example")], subj, "\n".join(lines), date=when, ids=T.ids)


# ------------------------------------------------------------------ P: hospital bill dispute with a sickness fund
def bill_dispute(c):
    T = Types()
    p = c.be()
    s, frm = me(c, "facturation")
    mut = c.pick(G.MUTUALITES)
    when = c.when()
    adm = c.later(when, -90, -30)
    T.add("patient_name")
    T.idn("be_niss", p.niss)
    k = case(c, p)
    lines = ["Madame, Monsieur,", "",
             f"Concerne : séjour de {c.pick([p.tfull(), p.upper_first()])} (NISS {G.fmt_niss(p.niss, c.rng.randrange(7))}) du {G.fdate(adm)} au {G.fdate(adm + dt.timedelta(days=c.rng.randrange(2, 15)))}.",
             f"Votre refus de la facture n° {c.rng.randrange(2025000000, 2025999999)} (motif : assurabilité non en ordre) nous paraît erroné : "
             "le patient était en ordre de cotisation à la date d'admission.".replace("le patient", "la patiente" if p.sex == "F" else "le patient")]
    if c.chance(0.6):
        lines.append(f"Pour rappel, l'hospitalisation concernait {k['dx_fr']} (code APR-DRG {c.rng.randrange(100, 900)}).")
        T.add("diagnosis")
    if c.chance(0.5):
        lines.append("Le CPAS de la commune avait par ailleurs introduit une demande de prise en charge (revenu d'intégration).")
        T.add("social_information")
    lines += ["Merci de réexaminer le dossier.", "", G.closing(c.rng, "fr", "external"), G.signature(s, c.rng)]
    return Mail("billing_dispute", "fr", T.out(), "dispute of a rejected hospital invoice for one identified patient",
                frm, [(mut[0], f"facturation.hopitaux@{mut[1]}")], c.pick(["Contestation refus facture", "Refus de facture - réexamen", "Facture hospitalisation"]),
                "\n".join(lines), date=when, ids=T.ids)


# ------------------------------------------------------------------ P: home-care referral
def home_care(c):
    T = Types()
    p = c.be(min_year=1928, max_year=1965)
    k = case(c, p)
    s, frm = me(c, c.pick(["service social", "infirmière"]))
    when = c.when()
    dest = c.pick([("Soins à domicile Sambre", "coordination@sad-sambre.example"), ("Infi-Home Bruxelles", "demandes@infihome.example")])
    T.add("patient_name", "patient_contact", "diagnosis", "medication")
    lines = [G.greeting(c.rng, "fr", None, "external"), "", f"Retour à domicile prévu le {G.fdate(c.later(when, 1, 5), 'fr', 1)} pour {p.tfull()} :",
             f"- adresse : {p.address} ({c.pick(['clé dans la boîte à clés, code 1948', 'sonner chez la voisine', '2e étage sans ascenseur'])})",
             f"- tél. : {p.phone}", f"- diagnostic : {k['dx_fr']}",
             f"- soins : {c.pick(['injection SC quotidienne', 'pansement tous les 2 jours', 'préparation du pilulier', 'toilette et surveillance glycémie'])}",
             "- traitement : " + "; ".join(k["meds"][:2])]
    if c.chance(0.5):
        lines.append(f"- NISS : {G.fmt_niss(p.niss, c.rng.randrange(7))}")
        T.idn("be_niss", p.niss)
    if c.chance(0.3):
        lines.append(f"- social : {c.pick(SOCIAL_FR[5:8])}".replace("(e)", "e" if p.sex == "F" else ""))
        T.add("social_information")
    lines.append(G.signature(s, c.rng))
    return Mail("home_care_referral", "fr", T.out(), "home nursing referral with address, phone, diagnosis and treatment",
                frm, [dest], c.pick(["Demande de soins à domicile", f"RAD {p.surname}", "Nouvelle prise en charge"]), "\n".join(lines),
                date=when, ids=T.ids)


# ------------------------------------------------------------------ P: records request from a French clinic (quoted)
def records_request(c):
    T = Types()
    p = c.fr()
    key = c.pick(["c3f", "stremi", "chram"])
    ps, req = partner(c, key)
    s, frm = me(c, "secrétariat")
    when = c.when()
    asked = when - dt.timedelta(days=c.rng.randrange(1, 6))
    T.idn("fr_nir", p.nir)
    T.add("patient_name", "date_of_birth")
    k = case(c, p)
    quoted = [f"Le {G.fdate(asked.date(), 'fr', 1)}, {ps[0]} {ps[1]} a écrit :", "> Bonjour,",
              f"> Pourriez-vous nous transmettre le compte rendu opératoire et la lettre de sortie de {p.tfull()},",
              f"> {p.born()} le {G.fdate(p.dob)}, NIR {G.fmt_nir(p.nir, c.rng.randrange(5))}, hospitalisé(e) chez vous en {G.MOIS[c.later(when, -120, -30).month - 1]} ?".replace("hospitalisé(e)", "hospitalisée" if p.sex == "F" else "hospitalisé"),
              f"> {'Elle' if p.sex == 'F' else 'Il'} est suivi(e) chez nous pour {k['dx_fr']}.".replace("suivi(e)", "suivie" if p.sex == "F" else "suivi"),
              "> Merci,", f"> {ps[0]} {ps[1]}"]
    T.add("diagnosis")
    top = [c.pick(["Bonjour,", f"Bonjour {ps[0]},"]), "",
           c.pick(["Les documents ont été envoyés ce jour par messagerie sécurisée.", "Pouvez-vous nous faire parvenir l'autorisation signée du patient ?",
                   "Documents en pièce jointe."]), G.signature(s, c.rng), ""]
    atts = []
    if "pièce jointe" in top[2]:
        atts.append(Att(f"CRO_{G.strip_accents(p.surname)}.pdf", "application/pdf",
                        F.pdf("Compte rendu opératoire", [f"Patient : {p.upper_first()}", f"Intervention : {k['proc_fr']}", f"Indication : {k['dx_fr']}"], seed=c.rng.randrange(99))))
    return Mail("records_request", "fr", T.out(), "reply to a French clinic's records request quoting NIR and diagnosis",
                frm, [req], "RE: demande de dossier", "\n".join(top + quoted), attachments=atts, date=when, ids=T.ids)


# ------------------------------------------------------------------ P: birth notification
def birth_notice(c):
    T = Types()
    mom = c.be(min_year=1985, max_year=2004, sex="F")
    s, frm = me(c, c.pick(["Dr", "infirmière"]))
    when = c.when()
    bdate = c.later(when, -3, 0)
    baby_given = c.pick(["Lina", "Adam", "Noé", "Louise", "Rayan", "Alice"])
    dest = c.pick([("ONE - partenaire enfants-parents", "pep.charleroi@one-enfance.example"), ("Dr François Delcourt", "f.delcourt@medigroupe-ouest.example")])
    T.add("patient_name", "date_of_birth")
    lines = [G.greeting(c.rng, "fr", None, "external"), "",
             f"Naissance le {G.fdate(bdate)} de {baby_given} {mom.surname}, {c.rng.randrange(2400, 4200)} g, fille/fils de {mom.tfull()}.",
             f"Accouchement {c.pick(['par voie basse', 'par césarienne en urgence (anomalies du rythme cardiaque fœtal)', 'instrumental (ventouse)'])}."]
    if c.chance(0.6):
        lines.append(c.pick(["Maman porteuse du streptocoque B, antibioprophylaxie complète.", "Diabète gestationnel sous insuline pendant la grossesse.",
                             "Contexte de précarité : la maman est hébergée en maison maternelle, suivi SAJ demandé."]))
        T.add("social_information" if "SAJ" in lines[-1] else "diagnosis")
    if c.chance(0.5):
        lines.append(f"Adresse de sortie : {mom.address} - tél. {mom.phone}")
        T.add("patient_contact")
    lines.append(G.signature(s, c.rng))
    body = "\n".join(lines).replace("fille/fils", "fille" if baby_given in ("Lina", "Louise", "Alice") else "fils")
    return Mail("birth_notice", "fr", T.out(), "birth notification naming mother and newborn with obstetric details",
                frm, [dest], c.pick(["Avis de naissance", "Naissance - suivi post-natal", "Sortie maternité"]), body, date=when, ids=T.ids)


# ------------------------------------------------------------------ P: identifier without a name
def id_without_name(c):
    T = Types()
    lang = c.pick(["fr", "fr", "en"])
    kind = c.pick(["niss", "niss", "nir", "nam"])
    p = {"niss": c.be, "nir": c.fr, "nam": c.nam}[kind]()
    k = case(c, p)
    s, frm = me(c)
    s2, to = me(c)
    when = c.when()
    idt, ty, v = id_line(p, lang, rng=c.rng)
    T.idn(ty, v)
    if lang == "fr":
        lab = c.pick(k["labs_fr"])
        body = c.pick([f"{idt} : {lab}, à transmettre au médecin traitant.", f"Pour le {idt.split(' : ')[0]} {idt.split(' : ')[1]} -> {k['dx_fr']}, sortie demain.",
                       f"Résultat pour {idt} : {lab}"]) + "\n" + G.signature(s, c.rng)
    else:
        lab = c.pick(k["labs_en"])
        body = c.pick([f"{idt} - {lab}, please forward to the GP.", f"Re {idt}: {k['dx_en']}, going home tomorrow."]) + "\n" + G.signature(s, c.rng, "en")
    if lab in body:
        T.add("lab_result")
    else:
        T.add("diagnosis")
    return Mail("id_without_name", lang, T.out(), "national identifier with a result or diagnosis but no name",
                frm, [to], c.pick(["résultat", "suivi", "info", "FYI"]), body, date=when, ids=T.ids)


# ------------------------------------------------------------------ P: appointment confirmation to the patient (HTML)
def appointment_confirmation(c):
    T = Types()
    lang = c.pick(["fr", "fr", "en"])
    p = c.be() if lang == "fr" else c.pick([c.qc, c.be])()
    s, frm0 = me(c, "secrétariat")
    frm = (f"{G.ORG['short']} - Rendez-vous", f"no-reply@rdv.{G.ORG['domain']}")
    when = c.when()
    day = c.later(when, 3, 40)
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    d = dt.datetime.combine(day, dt.time(c.rng.randrange(8, 17), c.pick([0, 15, 30, 45])))
    pmail = G.email_of(p.given, p.surname, c.pick(["mailbox.example", "webmail.example"]), c.rng.randrange(3))
    svc = c.pick([("Oncologie - hôpital de jour", "Oncology day unit"), ("Clinique de la mémoire", "Memory clinic"), ("Centre de référence VIH", "HIV reference centre"),
                  ("Consultation de diabétologie", "Diabetes clinic"), ("Psychiatrie ambulatoire", "Outpatient psychiatry"), ("Clinique de la fertilité", "Fertility clinic")])
    T.add("patient_name", "patient_contact")
    site = c.pick(G.ORG["sites"])
    if lang == "fr":
        h = (f"<html><body><img src='cid:logo-ghsm@ghsm.example' alt='GHSM'><p>{p.tfull()},</p>"
             f"<p>Nous vous confirmons votre rendez-vous&nbsp;:</p><table><tr><td><b>Service</b></td><td>{H.escape(svc[0])}</td></tr>"
             f"<tr><td><b>Date</b></td><td>{G.JOURS[d.weekday()]} {G.fdate(d.date(), 'fr', 1)} à {d:%H:%M}</td></tr>"
             f"<tr><td><b>Lieu</b></td><td>{H.escape(site[0])}, {H.escape(site[2])}</td></tr></table>"
             "<p>Merci de vous munir de votre carte d'identité et de la liste de vos médicaments. En cas d'empêchement, appelez le "
             f"{site[3]}.</p><p style='font-size:9px;color:#888'>Message automatique - ne pas répondre.</p></body></html>")
        t = (f"{p.tfull()},\n\nNous vous confirmons votre rendez-vous :\nService : {svc[0]}\nDate : {G.fdate(d.date(), 'fr', 1)} à {d:%H:%M}\n"
             f"Lieu : {site[0]}, {site[2]}\n\nEn cas d'empêchement : {site[3]}\n")
        subj = c.pick(["Confirmation de votre rendez-vous", f"Votre rendez-vous du {G.fdate(d.date())}"])
    else:
        h = (f"<html><body><img src='cid:logo-ghsm@ghsm.example' alt='GHSM'><p>Dear {p.tfull('en')},</p><p>Your appointment is confirmed:</p>"
             f"<ul><li>Clinic: {H.escape(svc[1])}</li><li>Date: {G.fdate(d.date(), 'en')} at {d:%H:%M}</li><li>Location: {H.escape(site[0])}</li></ul>"
             f"<p>To cancel, call {site[3]}.</p></body></html>")
        t = f"Dear {p.tfull('en')},\n\nYour appointment is confirmed:\nClinic: {svc[1]}\nDate: {G.fdate(d.date(), 'en')} at {d:%H:%M}\nLocation: {site[0]}\n"
        subj = "Your appointment confirmation"
    return Mail("appointment_confirmation", lang, T.out(), "appointment confirmation sent to the patient's personal address for a sensitive clinic",
                frm, [(p.full(), pmail)], subj, t, html=h, mode=c.pick(["html", "alt"]), logo=True, date=when, ids=T.ids)


# ------------------------------------------------------------------ P: transfer bundle in a ZIP
def transfer_zip(c):
    T = Types()
    key = c.pick(["chue", "chram", "c3f"])
    p = c.nam(adult=True) if key == "chue" else c.fr()
    k = case(c, p)
    s, frm = me(c, "transferts")
    ps, to = partner(c, key)
    when = c.when()
    idt, ty, v = id_line(p, "fr", rng=c.rng)
    T.idn(ty, v)
    T.add("patient_name", "diagnosis", "medication", "lab_result", "date_of_birth")
    letter = F.docx("Résumé de transfert", [f"{'Patiente' if p.sex == 'F' else 'Patient'} : {p.upper_first()}", f"Date de naissance : {G.fdate(p.dob)}", idt, "",
                                            f"Diagnostic : {k['dx_fr']}", f"Histoire : {k['hx_fr']}", "Traitement : " + "; ".join(k["meds"])])
    labs = F.csv_text([["analyse", "valeur", "date"]] + [[l.rsplit(" ", 1)[0], l.rsplit(" ", 1)[-1], when.date().isoformat()] for l in k["labs_fr"]])
    z = F.make_zip([(f"transfert_{G.strip_accents(p.surname)}/resume_transfert.docx", letter), (f"transfert_{G.strip_accents(p.surname)}/biologie.csv", labs),
                    (f"transfert_{G.strip_accents(p.surname)}/imagerie_lien.txt", "PACS: accès invité envoyé séparément\n")])
    body = c.pick([f"Bonjour {ps[0]},\n\nDossier de transfert complet en ZIP (mot de passe envoyé par SMS).\n",
                   "Bonjour,\n\nComme convenu, le dossier de transfert.\n"]) + G.signature(s, c.rng)
    return Mail("transfer_bundle_zip", "fr", T.out(), "transfer file bundle (ZIP with DOCX summary and lab CSV)",
                frm, [to], c.pick(["Dossier de transfert", "Transfert - documents", "Dossier complet"]), body,
                attachments=[Att(c.pick(["dossier_transfert.zip", f"transfert_{when:%Y%m%d}.zip"]), "application/zip", z)], date=when, ids=T.ids)


# ------------------------------------------------------------------ P: medication reconciliation (DOCX)
def med_reconciliation(c):
    T = Types()
    p = c.be(min_year=1930, max_year=1970)
    k = case(c, p)
    s, frm = me(c, "pharmacie")
    s2, to = me(c, "Dr")
    when = c.when()
    T.add("patient_name", "medication")
    table = [["Médicament domicile", "Posologie", "Hôpital", "Commentaire"]]
    home = [("bisoprolol 5 mg", "1-0-0"), ("atorvastatine 40 mg", "0-0-1"), ("oméprazole 20 mg", "1-0-0"), ("zolpidem 10 mg", "0-0-1"),
            ("acénocoumarol 4 mg", "selon INR"), ("metformine 850 mg", "1-0-1"), ("lorazépam 1 mg", "si besoin")]
    for m, pos in c.rng.sample(home, 4):
        table.append([m, pos, c.pick(["poursuivi", "suspendu", "remplacé", "dose modifiée"]), c.pick(["", "à réévaluer", "chute récente", "IR"])])
    paras = [f"Patient(e) : {p.upper_first()} - dossier {p.mrn}".replace("Patient(e)", "Patiente" if p.sex == "F" else "Patient"),
             f"Motif d'admission : {k['dx_fr']}", "Sources : patient, pharmacie d'officine (dossier pharmaceutique partagé), médecin traitant."]
    T.add("mrn", "diagnosis")
    data = F.docx("Bilan médicamenteux d'admission", paras, table=table)
    body = c.pick([f"Bonjour Dr {s2[1]},\n\nBilan médicamenteux en annexe, 2 divergences non documentées à valider.\n", "Réconciliation médicamenteuse ci-jointe.\n"]) + G.signature(s, c.rng)
    return Mail("med_reconciliation", "fr", T.out(), "medication reconciliation DOCX for a named inpatient",
                frm, [to], c.pick(["Bilan médicamenteux", "Réconciliation", "Divergences médicamenteuses"]), body,
                attachments=[Att(c.pick(["bilan_medicamenteux.docx", f"BM_{p.mrn}.docx"]), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", data)],
                date=when, ids=T.ids)


# ------------------------------------------------------------------ P: forward of a whole message (message/rfc822 or .eml)
def forward_rfc822(c, inner_factory):
    inner = inner_factory(c)
    s, frm = me(c)
    s2, to = me(c)
    when = inner.date + dt.timedelta(hours=c.rng.randrange(1, 48))
    lang = inner.lang
    body = (c.pick(["Pour info, voir le message ci-dessous.", "Je te transfère, peux-tu gérer ?", "TR pour suite à donner.", "FYI"])
            if lang == "fr" else c.pick(["FYI, see attached message.", "Forwarding - can you handle?", "See below."]))
    as_file = c.chance(0.35)
    m = Mail("forward_attached", lang, inner.types, "whole message forwarded as attachment: " + inner.note,
             frm, [to], ("TR: " if lang == "fr" else "Fwd: ") + inner.subject, body + "\n" + G.signature(s, c.rng, lang),
             forward=inner, forward_name=(c.pick(["message.eml", "Message transféré.eml", "original.eml"]) if as_file else ""),
             date=when, ids=inner.ids)
    return m
