"""Positive templates, part B: pharmacy, forms to agencies, social work, transport, imaging, labs, consults,
out-of-province and foreign families."""
import datetime as dt

import gen_attach as A
import gen_clin as K
import gen_common as C
from gen_clin import earlier, quoted_reply
from gen_mime import Att
from gen_pos_a import DOCX, PDF, XLSX, mk, safe


def t_pharmacy_rx(c):
    ph = c.staff(c.pick(["pharmacist", "neonatal nurse practitioner"]))
    inf = c.infant(named=c.chance(0.7))
    lbl = c.iname(inf)
    born = c.dob(inf.dob)
    wt = inf.bw + c.rng.randint(600, 1600)
    meds = c.med(c.rng.randint(2, 3), K.HOME_MEDS)
    holder_line = ""
    if c.chance(0.5):
        h, nam = c.nam_holder("mother")
        holder_line = c.L(f"Carte du bébé non reçue — facturer sous la mère : {h.surname}, {h.given} ({c.hsex(h)}, née {c.hdob(h)}), NAM {nam}\n",
                          f"Baby's card not yet issued - bill under mother: {h.surname}, {h.given} ({c.hsex(h)}, DOB {c.hdob(h)}), RAMQ {nam}\n")
    tel = c.contact_phone()
    fr = c.fr
    lines = "\n".join(f"{k + 1}. {m}" + c.L(" — préparation magistrale, 30 jours, renouv. x2", " - compounded, 30 days, refills x2") for k, m in enumerate(meds))
    txt = (c.L(f"ORDONNANCE DE CONGÉ — USIN\nPatient : {lbl}\nDDN : {born}   Poids actuel : {c.weight(wt)}\n",
               f"NICU DISCHARGE PRESCRIPTION\nPatient: {lbl}\nDOB: {born}   Current weight: {c.weight(wt)}\n")
           + holder_line + lines + "\n" + c.L(f"Parent joignable au {tel}.", f"Parent reachable at {tel}."))
    pharm = c.pick([("Pharmacie Lefrançois", "pharma1"), ("Pharmacie du Carrefour", "pharma2")])
    to = [(pharm[0], f"ordonnances@{C.EXT[pharm[1]]}")]
    subj = c.pick([c.L("Ordonnance de congé USIN", "NICU discharge prescription"), c.L(f"Rx {inf.surname}", f"Rx {inf.surname}"),
                   c.L("Ordonnance — préparation magistrale néonatale", "Rx - neonatal compounding")])
    if c.chance(0.5):
        data = A.make_pdf(c.L("Ordonnance", "Prescription"), txt.split("\n"), author=ph.full)
        fn = c.pick([f"Rx_{safe(inf.surname)}.pdf", "ordonnance.pdf" if fr else "prescription.pdf"])
        body = c.L("Bonjour,\n\nOrdonnance ci-jointe pour un congé prévu demain. Merci de confirmer la disponibilité des préparations.\n\n",
                   "Hello,\n\nPrescription attached for a discharge planned tomorrow. Please confirm the compounded products are available.\n\n") + c.sig(ph)
        return mk(c, "pharmacy", "discharge prescription PDF to community pharmacy", c.who(ph), to, subj, body, atts=[Att(fn, PDF, data)])
    body = c.L("Bonjour,\n\n", "Hello,\n\n") + txt + "\n\n" + c.sig(ph)
    return mk(c, "pharmacy", "discharge prescription to community pharmacy", c.who(ph), to, subj, body)


def t_benefits_form(c):
    sw = c.staff("social worker")
    inf = c.infant(named=c.chance(0.5))
    par_sur = inf.surname if c.chance(0.7) else c.pick(C.PAT_SURNAMES)
    pg = c.pick([inf.mother_given, inf.father_given])
    pn = c.pname(par_sur, pg, style=c.pick([0, 1, 2]))
    c.rec.name(inf.surname)
    sin = C.new_sin(c.rng)
    sin_s = c.rec.ident("ca_sin", sin, C.fmt_sin(sin, c.pick(["plain", "space", "dash", "dot", "fw"])))
    c.social()
    adm = c.day(-c.rng.randint(20, 80))
    dx = c.dx(1)[0]
    ga = c.ga_str(inf)
    if c.fr:
        txt = (f"Attestation d'hospitalisation du nouveau-né\n\nPrestataire : {pn}\nNAS : {sin_s}\n"
               f"Enfant : {inf.label('fr', 0)}, né(e) à {ga}, hospitalisé(e) à l'USIN depuis le {c.dstr(adm, 2)} ({dx}).\n"
               "Hospitalisation toujours en cours; congé non prévu avant 4 semaines.\n"
               "Demande : prolongation de la période de prestations parentales (hospitalisation de l'enfant).")
        body = (f"Bonjour,\n\nTel que convenu avec le parent, voici l'attestation pour le dossier de prestations.\n\n{txt}\n\n{c.sig(sw)}")
        subj = c.pick(["Attestation d'hospitalisation — prolongation des prestations", f"Prestations parentales — {pn}"])
    else:
        txt = (f"Newborn hospitalisation certificate\n\nClaimant: {pn}\nSIN: {sin_s}\n"
               f"Child: {inf.label('en', 0)}, born at {ga}, in NICU since {c.dstr(adm, 2)} ({dx}).\n"
               "Still admitted; discharge not expected within 4 weeks.\n"
               "Request: extension of parental benefit period (child hospitalised).")
        body = (f"Hello,\n\nAs agreed with the parent, here is the certificate for the benefits file.\n\n{txt}\n\n{c.sig(sw)}")
        subj = c.pick(["Hospitalisation certificate - benefit extension", f"Parental benefits - {pn}"])
    to = [c.ext("prestations.dossiers", "insurer", c.L("Assurances Boréale — prestations", "Boreale Insurance - claims"))]
    if c.chance(0.4):
        data = A.make_docx(c.L("Attestation d'hospitalisation", "Hospitalisation certificate"), txt.split("\n\n"), author=sw.full)
        body = c.L("Bonjour,\n\nVoir l'attestation en pièce jointe.\n\n", "Hello,\n\nPlease see the attached certificate.\n\n") + c.sig(sw)
        return mk(c, "insurer", "hospitalisation certificate with parent's SIN for benefits", c.who(sw), to, subj, body,
                  atts=[Att(c.L("attestation_hospitalisation.docx", "hospitalisation_certificate.docx"), DOCX, data)])
    return mk(c, "insurer", "benefits certificate with parent's SIN", c.who(sw), to, subj, body)


def t_social_dpj(c):
    sw = c.staff("social worker")
    inf = c.infant()
    lbl = c.iname(inf)
    c.social()
    dx = c.dx(1, [x for x in K.DX if "sevrage" in x[0]] + [x for x in K.DX if "RCIU" in x[0]])[0]
    med = c.med(1, [x for x in K.MEDS if "morphine" in x[0]])[0]
    mg = inf.mother_given
    mother = c.pname(inf.surname, mg, title=False)
    extra = ""
    if c.chance(0.6):
        h, nam = c.nam_holder("grand")
        extra = c.L(f"\nPersonne significative proposée : {'grand-mère' if h.sex == 'F' else 'grand-père'} maternel(le) {h.given} {h.surname}, née le {c.hdob(h)}, {c.hsex(h)}, NAM {nam}; "
                    "vit seule en HLM, prestataire d'aide sociale, disposée à accueillir le bébé.",
                    f"\nProposed kinship placement: grandparent {h.given} {h.surname}, DOB {c.hdob(h)}, {c.hsex(h)}, RAMQ {nam}; "
                    "lives alone in social housing, on income assistance, willing to take the baby.")
    if c.fr:
        body = (f"Bonjour Mme Vézina,\n\nSuivi du signalement retenu concernant {lbl} (mère : {mother}).\n"
                f"Sur le plan médical : {dx}, sous {med}, sevrage lent. Congé médical possible dans environ 10 jours.\n"
                "Sur le plan social : la mère n'a pas de logement stable depuis sa sortie (hébergée chez une amie), "
                "visites irrégulières (2 en 7 jours), consommation active rapportée par l'équipe. Le père n'est pas impliqué."
                f"{extra}\n\nJe propose une rencontre d'équipe mardi. Merci de me confirmer votre disponibilité.\n\n{c.sig(sw)}")
        subj = c.pick(["Suivi signalement — USIN", f"Signalement {inf.surname} — mise à jour", "DPJ: rencontre d'équipe mardi"])
    else:
        body = (f"Hello Ms. Vezina,\n\nFollow-up on the screened-in report regarding {lbl} (mother: {mother}).\n"
                f"Medically: {dx}, on {med}, slow wean. Medical discharge possible in about 10 days.\n"
                "Socially: mother has had no stable housing since her discharge (couch-surfing), irregular visits (2 in 7 days), "
                "active use reported by staff. Father not involved."
                f"{extra}\n\nI suggest a case conference on Tuesday. Please confirm availability.\n\n{c.sig(sw)}")
        subj = c.pick(["Youth protection follow-up - NICU", f"Report {inf.surname} - update", "Case conference Tuesday"])
    return mk(c, "social", "social work update to youth protection", c.who(sw),
              [c.ext("intervenants.nord", "dpj", c.L("DPJ — équipe Nord", "Youth Protection - North team"))], subj, body)


def t_housing(c):
    sw = c.staff("social worker")
    inf = c.infant(named=True)
    pg = inf.mother_given
    pn = c.pname(inf.surname, pg, style=0)
    addr = c.contact_addr()
    c.social()
    dx = c.dx(1, [x for x in K.DX if "DBP" in x[0] or "dysplasie" in x[0]])[0]
    txt = c.L(f"Objet : demande de logement prioritaire — {pn}\n\nMadame, Monsieur,\n\nJe soutiens la demande de {pn}, actuellement au {addr}. "
              f"Son enfant {inf.given}, hospitalisé(e) à notre USIN, présente une {dx} et rentrera à domicile sous oxygène. "
              "Le logement actuel présente des moisissures importantes et un chauffage insuffisant; la famille vit avec un revenu "
              "de dernier recours.\n\nVeuillez agréer mes salutations distinguées.",
              f"Re: priority housing application - {pn}\n\nTo whom it may concern,\n\nI support the application of {pn}, currently at {addr}. "
              f"Her child {inf.given}, admitted to our NICU, has {dx} and will go home on oxygen. The current unit has significant mould "
              "and inadequate heating; the family lives on social assistance.\n\nSincerely,")
    data = A.make_docx(c.L("Lettre d'appui", "Support letter"), txt.split("\n\n") + [sw.full, sw.role(c.lang)], author=sw.full)
    fn = c.pick([c.L(f"lettre_appui_OMH_{inf.surname.replace(' ', '_')}.docx", f"housing_letter_{inf.surname.replace(' ', '_')}.docx"), c.L("lettre_appui_logement.docx", "support_letter.docx")])
    body = c.L("Bonjour,\n\nCi-joint ma lettre d'appui pour la demande de logement de la famille. Je reste disponible.\n\n",
               "Hello,\n\nAttached is my support letter for the family's housing application. Available for questions.\n\n") + c.sig(sw)
    subj = c.L("Lettre d'appui — logement", "Support letter - housing")
    return mk(c, "social", "housing support letter for a family", c.who(sw),
              [("Office municipal d'habitation", "demandes@omh-saint-aurele.example")], subj, body, atts=[Att(fn, DOCX, data)])


def t_family_travel(c):
    sw = c.staff("social worker")
    inf = c.infant()
    par = c.pname(inf.surname, c.pick([inf.mother_given, inf.father_given]), style=c.pick([1, 2, 6]))
    c.rec.name(inf.surname)
    addr = c.contact_addr()
    c.social()
    km = c.rng.randint(180, 640)
    rows = [c.L(["Champ", "Valeur"], ["Field", "Value"]),
            [c.L("Parent demandeur", "Claimant parent"), par],
            [c.L("Adresse", "Address"), addr],
            [c.L("Distance aller", "One-way distance"), f"{km} km"],
            [c.L("Revenu familial", "Family income"), c.L("aide sociale (programme de solidarité sociale)", "income assistance")],
            [c.L("Enfant hospitalisé", "Hospitalised child"), inf.label(c.lang, 0) + f" — {c.ga_str(inf)}, {c.dx(1)[0]}"],
            [c.L("Nuits d'hébergement", "Nights of lodging"), str(c.rng.randint(4, 21))]]
    if c.chance(0.5):
        data = A.make_xlsx([(c.L("Demande", "Claim"), rows)], title="frais")
        att = Att(c.L("remboursement_frais_déplacement.xlsx", "travel_claim.xlsx"), XLSX, data)
    else:
        data = A.make_csv(rows, delimiter=";" if c.fr else ",")
        att = Att(c.L("remboursement_frais.csv", "travel_claim.csv"), "text/csv", data, charset="windows-1252" if c.fr else "utf-8")
    body = c.L("Bonjour,\n\nDemande de remboursement des frais de déplacement et d'hébergement pour un parent en région éloignée "
               "(programme d'aide aux familles). Pièces justificatives à suivre par la poste.\n\n",
               "Hello,\n\nTravel and lodging reimbursement request for a parent from a remote region (family assistance program). "
               "Receipts to follow by mail.\n\n") + c.sig(sw)
    return mk(c, "social", "family travel reimbursement claim", c.who(sw), [("Fondation des familles", "aide@fondation-cmesa.example")],
              c.L("Demande d'aide — frais de déplacement", "Assistance request - travel costs"), body, atts=[att])


def t_transport_imaging(c):
    nurse = c.staff(c.pick(["assistant nurse manager", "unit clerk"]))
    inf = c.infant()
    lbl = c.iname(inf)
    born = c.dob(inf.dob, c.pick([0, 1]))
    mrn = c.mrn(inf)
    dx = c.dx(1, [x for x in K.DX if any(w in x[0] for w in ("HIV", "EHI", "leucomalacie"))])[0]
    when = dt.datetime.combine(c.day(c.rng.randint(2, 9)), dt.time(c.rng.choice([7, 8, 10, 13]), c.rng.choice([0, 15, 30])))
    o2 = c.pick([c.L("air ambiant", "room air"), c.L("LN 0,25 L/min", "NC 0.25 L/min")])
    if c.fr:
        body = (f"Bonjour,\n\nDemande de transport interétablissement (incubateur de transport) pour IRM cérébrale à l'âge "
                f"équivalent du terme à l'Hôpital des Deux-Rives :\n\n{lbl} — DDN {born} — dossier {mrn}\nIndication : {dx}\n"
                f"Rendez-vous : {c.dstr(when.date(), 2)} à {when:%H:%M} (arrivée 45 min avant)\nSupport : {o2}, moniteur cardiorespiratoire\n"
                "Accompagnement : 1 infirmière de l'USIN. Retour le jour même.\n\n" + c.sig(nurse))
        subj = c.pick(["Transport — IRM à terme", f"Transport incubateur {c.dstr(when.date(), 1)}"])
    else:
        body = (f"Hello,\n\nInter-facility transport request (transport incubator) for term-equivalent brain MRI at Deux-Rives Hospital:\n\n"
                f"{lbl} - DOB {born} - MRN {mrn}\nIndication: {dx}\nAppointment: {c.dstr(when.date(), 2)} at {when:%H:%M} "
                f"(arrive 45 min early)\nSupport: {o2}, cardiorespiratory monitor\nEscort: 1 NICU nurse. Same-day return.\n\n" + c.sig(nurse))
        subj = c.pick(["Transport - term MRI", f"Incubator transport {c.dstr(when.date(), 1)}"])
    return mk(c, "transport", "inter-facility transport booking for imaging", c.who(nurse),
              [c.ext("repartition", "transport", c.L("Répartition transport", "Transport dispatch"))], subj, body)


def t_imaging_result(c):
    rad = C.Staff(c.pick(C.STAFF_GIVEN_F + C.STAFF_GIVEN_M), c.pick(C.STAFF_SURNAMES), "radiologiste", "radiologist", "Dr")
    neo = c.staff("neonatologist")
    inf = c.infant()
    mrn = c.mrn(inf)
    dx = c.dx(1, [x for x in K.DX if any(w in x[0] for w in ("HIV", "leucomalacie"))])[0]
    name_where = c.rng.randrange(3)
    c.rec.name(inf.surname)
    c.rec.t("lab_result")
    rep = c.L(f"ÉCHOGRAPHIE TRANSFONTANELLAIRE\nNo dossier : {mrn}\nConstat : {dx}. Ventricules : index ventriculaire {c.rng.randint(9, 15)} mm. "
              "Pas d'hydrocéphalie post-hémorragique à ce jour.\nConclusion : contrôle dans 1 semaine.",
              f"CRANIAL ULTRASOUND\nMRN: {mrn}\nFindings: {dx}. Ventricular index {c.rng.randint(9, 15)} mm. "
              "No post-haemorrhagic hydrocephalus at this time.\nImpression: repeat in 1 week.")
    fn = f"ETF_{inf.surname.upper().replace(' ', '')}_{c.date:%Y%m%d}.pdf" if c.fr else f"HUS_{inf.surname.replace(' ', '')}_{c.date:%Y%m%d}.pdf"
    if name_where == 0:
        subj = c.L("Résultat ETF", "Head ultrasound result")
        data = A.make_pdf(c.L("Rapport de radiologie", "Radiology report"), rep.split("\n"), author=rad.full)
        body = c.L("Bonjour,\n\nVoir rapport ci-joint. Résultat discuté au téléphone avec la garde.\n\n",
                   "Hi,\n\nSee attached report. Discussed by phone with the on-call team.\n\n") + rad.display(c.lang)
        return mk(c, "imaging", "head ultrasound report; name only in the attachment file name", (rad.display(c.lang), rad.email()),
                  [c.who(neo)], subj, body, atts=[Att(fn, PDF, data)])
    lbl = inf.label(c.lang, c.nst())
    if name_where == 1:
        subj = c.L(f"ETF {lbl}", f"HUS {lbl}")
        body = rep + "\n\n" + rad.display(c.lang)
        return mk(c, "imaging", "head ultrasound result, name in subject", (rad.display(c.lang), rad.email()), [c.who(neo)], subj, body)
    subj = c.L("Résultat ETF — à voir", "Head US - please review")
    body = c.L(f"Patient : {lbl}\n", f"Patient: {lbl}\n") + rep + "\n\n" + rad.display(c.lang)
    return mk(c, "imaging", "head ultrasound result in body", (rad.display(c.lang), rad.email()), [c.who(neo)], subj, body)


def t_lab_followup(c):
    np_ = c.staff(c.pick(["neonatal nurse practitioner", "paediatric resident"]))
    inf = c.infant()
    lbl = c.iname(inf)
    labs = c.lab(c.rng.randint(1, 3))
    mrn = c.mrn(inf) if c.chance(0.6) else None
    born = c.dob(inf.dob) if c.chance(0.5) else None
    idl = " — ".join(x for x in [lbl, mrn and c.L(f"dossier {mrn}", f"MRN {mrn}"), born and c.L(f"né(e) le {born}", f"DOB {born}")] if x)
    action = c.pick([c.L("On refait demain matin avant la tétée.", "Repeat tomorrow morning before feed."),
                     c.L("Appeler les parents pour qu'ils reviennent à la clinique de bilirubine.", "Call parents to come back to the bili clinic."),
                     c.L("J'ai avisé le néonatologiste de garde.", "On-call neonatologist informed.")])
    body = c.L(f"Résultats reçus ce matin pour {idl} :\n", f"Results back this morning for {idl}:\n") + "\n".join("  " + x for x in labs) + f"\n\n{action}\n\n{np_.display(c.lang)}"
    prev_txt = c.L("Peux-tu vérifier les labos de ce matin et me revenir?", "Can you check this morning's labs and get back to me?")
    if c.chance(0.4):
        other = c.staff("neonatologist")
        body += "\n\n" + quoted_reply(c, c.who(other), c.who(np_), earlier(c, 3), c.L("labos", "labs"), prev_txt)
        subj = c.L("RE: labos", "RE: labs")
    else:
        subj = c.pick([c.L(f"Labos {inf.surname}", f"Labs {inf.surname}"), c.L("Résultats à suivre", "Results to follow up"), "bili"])
    return mk(c, "lab", "lab results follow-up between clinicians", c.who(np_), [c.who(c.staff("neonatologist"))], subj, body)


def t_hearing(c):
    aud = c.staff("audiologist")
    np_ = c.staff("neonatal nurse practitioner")
    inf = c.infant()
    lbl = c.iname(inf)
    born = c.dob(inf.dob)
    med = c.med(1, [x for x in K.MEDS if "gentamicine" in x[0] or "vancomycine" in x[0]])[0]
    dx = c.dx(1, [x for x in K.DX if any(w in x[0] for w in ("CMV", "HTAP", "EHI", "sepsis"))])[0]
    c.rec.t("lab_result")
    card = ""
    if c.chance(0.5):
        h, nam = c.nam_holder("mother")
        card = c.L(f"Carte de l'enfant non reçue — NAM de la mère : {nam} ({h.given} {h.surname}, {c.hsex(h)}, née le {c.hdob(h)})\n",
                   f"Child's card not received - mother's RAMQ: {nam} ({h.given} {h.surname}, {c.hsex(h)}, DOB {c.hdob(h)})\n")
    res = c.L(f"PEAA automatisés : échec {c.pick(['bilatéral', 'à droite', 'à gauche'])} (2 essais)",
              f"Automated ABR: {c.pick(['bilateral', 'right', 'left'])} refer (2 attempts)")
    body = c.L(f"Bonjour,\n\nRéférence en audiologie diagnostique pour {lbl}, né(e) le {born}.\n{card}{res}\n"
               f"Facteurs de risque : séjour USIN > 5 jours, {dx}, exposition à {med}.\n"
               "Merci de planifier les PEA diagnostiques avant 3 mois d'âge corrigé.\n\n",
               f"Hello,\n\nReferral to diagnostic audiology for {lbl}, DOB {born}.\n{card}{res}\n"
               f"Risk factors: NICU stay > 5 days, {dx}, exposure to {med}.\n"
               "Please book diagnostic ABR before 3 months corrected age.\n\n") + c.sig(np_)
    return mk(c, "hearing", "audiology referral after failed hearing screen", c.who(np_), [c.who(aud)],
              c.pick([c.L("Référence audiologie", "Audiology referral"), c.L(f"Dépistage auditif — {inf.surname}", f"Hearing screen - {inf.surname}")]), body)


def t_cardio(c):
    card = C.Staff(c.pick(C.STAFF_GIVEN_F), c.pick(C.STAFF_SURNAMES), "cardiologue pédiatre", "paediatric cardiologist", "Dr")
    neo = c.staff("neonatologist")
    inf = c.infant()
    lbl = c.iname(inf)
    mrn = c.mrn(inf)
    dx = c.dx(1, [x for x in K.DX if any(w in x[0] for w in ("canal", "HTAP", "CIV"))])[0]
    med = c.med(1, [x for x in K.MEDS if any(w in x[0] for w in ("ibuprofène", "acétaminophène", "furosémide"))])[0]
    size = f"{c.rng.randint(18, 34) / 10:.1f}".replace(".", "," if c.fr else ".")
    c.rec.t("lab_result")
    prev = c.L(f"Bonjour, pourriez-vous faire une écho pour {lbl} ({mrn})? Souffle systolique, pouls bondissants, FiO2 en hausse.",
               f"Hi, could you do an echo on {lbl} ({mrn})? Systolic murmur, bounding pulses, rising FiO2.")
    rep = c.L(f"Écho faite. {dx} : canal de {size} mm, shunt G-D, OG/Ao 1,{c.rng.randint(4, 9)}. Je suggère {med}. Contrôle après le traitement.\n\n{card.display('fr')}",
              f"Echo done. {dx}: duct {size} mm, L-R shunt, LA/Ao 1.{c.rng.randint(4, 9)}. Suggest {med}. Repeat after treatment.\n\n{card.display('en')}")
    body = rep + "\n\n" + quoted_reply(c, c.who(neo), (card.full, card.email()), earlier(c, 5), c.L("Demande d'écho", "Echo request"), prev)
    return mk(c, "consult", "cardiology echo result with quoted request", (card.display(c.lang), card.email()), [c.who(neo)],
              c.L("RE: Demande d'écho", "RE: Echo request"), body)


def t_ontario(c):
    neo = c.staff(c.pick(["neonatologist", "transport coordinator"]))
    inf = c.infant(named=c.chance(0.6))
    lbl = c.iname(inf)
    born = c.dob(inf.dob)
    hn = C.new_ohip(c.rng)
    vc = c.pick(["", "AB", "KT", "XY"])
    hs = c.rec.ident("ca_health_number", hn, C.fmt_ohip(hn, c.pick(["plain", "space", "dash", "fw", "dot"]), vc))
    dx = c.dx(2)
    med = c.med(1)[0] if c.chance(0.5) else None
    addr = None
    if c.chance(0.4):
        c.rec.t("patient_contact")
        addr = f"{c.rng.randint(20, 980)} {c.pick(['County Road 17', 'Mill Street', 'Concession 4', 'Riverside Drive'])}, {c.pick(['Riverbend', 'Alderton', 'East Hawley'])} (Ontario)  K0{c.pick('ABC')} {c.rng.randint(1, 9)}{c.pick('HJKLMNPR')}{c.rng.randint(0, 9)}"
    lines = [c.L(f"Patient : {lbl}", f"Patient: {lbl}"), c.L(f"DDN : {born}", f"DOB: {born}"),
             c.L(f"No carte santé Ontario : {hs}", f"Ontario health card: {hs}"),
             c.L("Diagnostics : ", "Diagnoses: ") + "; ".join(dx)]
    if med:
        lines.append(c.L("Médication : ", "Meds: ") + med)
    if addr:
        lines.append(c.L("Adresse des parents : ", "Parents' address: ") + addr)
    body = c.L("Bonjour,\n\nRapatriement prévu vers Riverbend General (Ontario) dès qu'un lit de niveau II sera disponible. Informations pour votre admission :\n\n",
               "Hi,\n\nRepatriation planned to Riverbend General as soon as a level II bed opens. Information for your admission:\n\n") \
        + "\n".join(lines) + "\n\n" + c.sig(neo)
    return mk(c, "transfer", "repatriation to Ontario hospital with health card number", c.who(neo),
              [c.ext("nicu.intake", "ontario", "Riverbend General NICU")],
              c.pick([c.L("Rapatriement Ontario", "Repatriation to Ontario"), c.L(f"Rapatriement — {inf.surname}", f"Repatriation - {inf.surname}")]), body)


def t_belgium(c):
    clerk = c.staff("unit clerk")
    inf = c.infant()
    mg = inf.mother_given
    mdob = dt.date(c.rng.randint(1984, 2000), c.rng.randint(1, 12), c.rng.randint(1, 28))
    niss = C.new_niss(c.rng, mdob, "F")
    ns = c.rec.ident("be_niss", niss, C.fmt_niss(niss, c.pick(["plain", "std", "space", "dash", "fw"])))
    mother = c.pname(inf.surname, mg, style=c.pick([1, 2, 6]))
    c.rec.t("date_of_birth")
    dx = c.dx(2)
    adm = inf.dob
    cost = c.rng.randint(18, 95) * 1000
    if c.fr:
        body = (f"Madame, Monsieur,\n\nNous vous informons de l'hospitalisation en soins intensifs néonatals de l'enfant de votre affiliée :\n\n"
                f"Affiliée : {mother}, née le {c.dstr(mdob, 1)}\nNISS : {ns}\nEnfant : {inf.label('fr', 0)}, né(e) le {c.dstr(inf.dob, 1)} lors d'un séjour au Québec\n"
                f"Admission : {c.dstr(adm, 2)}\nDiagnostics : {', '.join(dx)}\nEstimation des frais à ce jour : {cost:,} $ CA\n\n".replace(f"{cost:,}", f"{cost:,}".replace(",", " "))
                + "Merci de nous transmettre la garantie de prise en charge.\n\n" + c.sig(clerk))
        subj = "Demande de prise en charge — hospitalisation néonatale"
    else:
        body = (f"Dear Sir or Madam,\n\nWe are notifying you of the neonatal intensive care admission of the child of your member:\n\n"
                f"Member: {mother}, born {c.dstr(mdob, 1)}\nNISS: {ns}\nChild: {inf.label('en', 0)}, born {c.dstr(inf.dob, 1)} while visiting Quebec\n"
                f"Admitted: {c.dstr(adm, 2)}\nDiagnoses: {', '.join(dx)}\nEstimated charges to date: CAD {cost:,}\n\n"
                + "Please send us the guarantee of payment.\n\n" + c.sig(clerk))
        subj = "Guarantee of payment request - neonatal admission"
    return mk(c, "insurer", "coverage request to Belgian insurer with NISS", c.who(clerk),
              [("Mutualité — service étranger", f"international@{C.EXT['belgium']}")], subj, body)


def t_france(c):
    clerk = c.staff("unit clerk")
    inf = c.infant()
    sex = c.pick("MF")
    pdob = dt.date(c.rng.randint(1982, 1999), c.rng.randint(1, 12), c.rng.randint(1, 28))
    nir = C.new_nir(c.rng, pdob, sex)
    shown = c.rec.ident("fr_nir", nir, C.fmt_nir(nir, c.pick(["plain", "space", "dot", "fw", "key"])))
    pg = inf.mother_given if sex == "F" else inf.father_given
    par = c.pname(inf.surname, pg, style=c.pick([0, 2, 6]), title=False)
    c.rec.name(inf.surname)
    born = c.dob(inf.dob)
    dx = c.dx(1)[0]
    txt = c.L(f"Formulaire SE 401-Q-102 (Entente France-Québec)\nAssuré(e) : {par}\nNIR : {shown}\nBénéficiaire : {inf.label('fr', 0)}, né(e) le {born}\n"
              f"Motif : hospitalisation USIN, {dx}\nÉtablissement : {C.ORG_FR}",
              f"Form SE 401-Q-102 (France-Quebec agreement)\nInsured: {par}\nNIR: {shown}\nBeneficiary: {inf.label('en', 0)}, born {born}\n"
              f"Reason: NICU admission, {dx}\nFacility: {C.ORG_EN}")
    body = c.L("Bonjour,\n\nPour la facturation, voici les renseignements du formulaire de liaison.\n\n",
               "Hello,\n\nFor billing, here is the liaison form information.\n\n") + txt + "\n\n" + c.sig(clerk)
    if c.chance(0.5):
        data = A.make_pdf("SE 401-Q-102", txt.split("\n"), author=clerk.full)
        body = c.L("Bonjour,\n\nFormulaire de liaison en pièce jointe pour la CPAM.\n\n", "Hello,\n\nLiaison form attached for the CPAM.\n\n") + c.sig(clerk)
        return mk(c, "insurer", "France-Quebec liaison form with NIR (PDF)", c.who(clerk),
                  [("CPAM — relations internationales", f"ri@{C.EXT['france']}")], c.L("Formulaire SE 401-Q-102", "Form SE 401-Q-102"), body,
                  atts=[Att(f"SE401Q102_{safe(inf.surname)}.pdf", PDF, data)])
    return mk(c, "insurer", "France-Quebec liaison form with NIR", c.who(clerk),
              [("Facturation RAMQ — ententes", "ententes@facturation-cmesa.example")], c.L("Entente France-Québec — USIN", "France-Quebec agreement - NICU"), body)


TEMPLATES = [t_pharmacy_rx, t_benefits_form, t_social_dpj, t_housing, t_family_travel, t_transport_imaging, t_imaging_result,
             t_lab_followup, t_hearing, t_cardio, t_ontario, t_belgium, t_france]
