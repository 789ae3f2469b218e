"""Positive templates, part D: identifiers without names, no-medication cases, names only in file names,
transport and procedure bookings."""
import datetime as _dt

from gen_attach import make_pdf
from gen_clin import L, address, num, phone
from gen_common import ORG, OTHER_DOMS, fmt_date, make_mrn, name_form, signature, staff_addr
from gen_ctx import id_block, mrn_text, ohip_text, sin_text
from gen_msg import add_days


def mrn_only(m, c):
    rng, lang = m.rng, m.lang
    st, other = c.pharmacist(), c.nurse()
    m.from_staff(st)
    m.to_staff(other)
    m.t("mrn", "lab_result")
    lines = []
    for i in range(rng.randint(2, 4)):
        v = make_mrn(rng)
        m.ids.append(("mrn", v))
        from gen_common import fmt_ident
        sv = fmt_ident("mrn", v, c.style("mrn"))
        inr = num(round(rng.uniform(1.1, 5.9), 1), lang)
        lines.append(L(m, "- dossier %s : RNI %s, %s" % (sv, inr, rng.choice(["à rappeler", "ok", "reprendre demain"])),
                       "- chart %s: INR %s, %s" % (sv, inr, rng.choice(["call back", "ok", "repeat tomorrow"]))))
    m.subject = L(m, "RNI en attente de suivi", "INRs pending follow-up")
    m.body = L(m, "Bonjour,\n\nRésultats reçus du labo après 16h, pas eu le temps de les traiter :\n%s\n\n%s",
               "Hi,\n\nResults that came from the lab after 4 pm, didn't get to them:\n%s\n\n%s") % (
        "\n".join(lines), st[0])
    m.mode = rng.choice(["plain", "alt"])
    m.note = L(m, "RNI identifiés par numéro de dossier seulement", "INRs identified by chart number only")


def transport(m, c):
    rng, lang = m.rng, m.lang
    p = c.patient(0.4)
    st = c.any_staff()
    m.from_staff(st)
    m.to = [("Transport adapté" if lang == "fr" else "Paratransit", "reservations@transport-adapte-vb.example")]
    adr, tel = address(rng), phone(rng)
    when = add_days(m.date, rng.randint(3, 9))
    who = id_block(m, c, p, layout="lines")
    m.t("patient_contact")
    mob = rng.choice([("fauteuil roulant depuis son AVC, ne peut pas faire de transfert seul(e)",
                       "wheelchair since a stroke, cannot transfer alone", "diagnosis"),
                      ("marchette, malvoyant(e), accompagnement requis", "walker, visually impaired, escort needed",
                       "diagnosis"),
                      ("hébergé(e) en RPA, pas de famille disponible", "lives in a seniors' residence, no family "
                                                                        "available", "social_information")])
    m.t(mob[2])
    if lang == "fr":
        m.subject = "Réservation transport adapté - rendez-vous du %s" % fmt_date(when, "slash_dmy")
        m.body = ("Bonjour,\n\nMerci de réserver un transport pour :\n%s\nAdresse de départ : %s\nTél. : %s\n"
                  "Destination : %s, centre de prélèvements, porte 3\nRendez-vous : %s à 8h15 (clinique "
                  "d'anticoagulation)\nMobilité : %s\n\n%s"
                  % (who, adr, tel, ORG["hosp_fr"], fmt_date(when, "long", "fr"), mob[0], signature(st, lang)))
    else:
        m.subject = "Paratransit booking - appointment on %s" % fmt_date(when, "iso")
        m.body = ("Hello,\n\nPlease book a ride for:\n%s\nPick-up address: %s\nPhone: %s\nDestination: %s, blood "
                  "draw centre, door 3\nAppointment: %s at 8:15 (anticoagulation clinic)\nMobility: %s\n\n%s"
                  % (who, adr, tel, ORG["hosp_en"], fmt_date(when, "long", "en"), mob[1], signature(st, lang)))
    m.note = L(m, "réservation de transport adapté pour un rendez-vous", "paratransit booking for an appointment")


def sin_claim(m, c):
    rng, lang = m.rng, m.lang
    p = c.plain()
    m.sender = ("Assurances Boréal" if lang == "fr" else "Boreal Insurance", "invalidite@" + OTHER_DOMS["insurer"])
    st = c.md()
    m.to = [("%s %s" % (st[0], st[1]), staff_addr(st))]
    sin = sin_text(m, c)
    dob = fmt_date(p.dob, rng.choice(["iso", "slash_dmy"]), lang)
    m.dobs.append(p.dob)
    m.t("date_of_birth", "diagnosis")
    claim = "R-%07d" % rng.randint(0, 9999999)
    if lang == "fr":
        m.subject = "Dossier d'invalidité %s - rapport médical requis" % claim
        m.body = ("Docteur,\n\nNous avons reçu une demande d'invalidité de courte durée.\nNAS de l'assuré(e) : %s\n"
                  "Date de naissance : %s\nDiagnostic déclaré : embolie pulmonaire bilatérale, arrêt de travail "
                  "depuis le %s.\n\nMerci de remplir le rapport du médecin traitant d'ici 15 jours.\n\n"
                  "Service des réclamations invalidité\n1 800 555-0139"
                  % (sin, dob, fmt_date(add_days(m.date, -20), "long", "fr")))
    else:
        m.subject = "Disability file %s - medical report required" % claim
        m.body = ("Doctor,\n\nWe received a short-term disability claim.\nInsured's SIN: %s\nDate of birth: %s\n"
                  "Reported diagnosis: bilateral pulmonary embolism, off work since %s.\n\nPlease complete the "
                  "attending physician's report within 15 days.\n\nDisability claims\n1 800 555-0139"
                  % (sin, dob, fmt_date(add_days(m.date, -20), "long", "en")))
    m.note = L(m, "réclamation d'invalidité avec NAS sans nom", "disability claim with SIN, no name")


def ohip_lab(m, c):
    rng, lang = m.rng, m.lang
    m.sender = ("Eastway Community Lab", "results@eastway-lab.example")
    m.to = [("Clinique anticoagulation", "anticoagulation@" + ORG["dom"])]
    hn = ohip_text(m, c)
    m.t("lab_result")
    inr = num(round(rng.uniform(1.4, 4.9), 1), lang)
    m.charset, m.cte, m.mode = "us-ascii", "7bit", "plain"
    if lang == "fr":
        m.subject = "Resultat RNI - carte Sante Ontario %s" % hn
        m.body = ("Resultat transmis a la demande de la patiente (en sejour dans votre region).\nNo carte sante: %s\n"
                  "RNI: %s  (TP 31,2 s)\nPreleve: %s 08:40\n\nEastway Community Lab - ne pas repondre"
                  % (hn, inr, fmt_date(m.date, "iso")))
    else:
        m.subject = "INR result - Ontario health card %s" % hn
        m.body = ("Result forwarded at the patient's request (staying in your area).\nHealth card no: %s\n"
                  "INR: %s  (PT 31.2 s)\nCollected: %s 08:40\n\nEastway Community Lab - do not reply"
                  % (hn, inr, fmt_date(m.date, "iso")))
    m.note = L(m, "résultat de RNI identifié par carte santé de l'Ontario", "INR result keyed by Ontario health card")


def scan_filename(m, c):
    rng, lang = m.rng, m.lang
    p = c.plain()
    st = c.pharmacist()
    m.from_staff(c.any_staff())
    m.to_staff(st)
    m.patient(p)
    m.t("lab_result")
    mrn = mrn_text(m, c, pdf=True)
    vals = [(fmt_date(add_days(m.date, -7 * i), "iso"), num(round(rng.uniform(1.6, 3.4), 1), lang)) for i in range(4)]
    fname = rng.choice(["Scan_%s_%s_RNI.pdf" % (p.surname.upper(), p.given), "%s %s - résultats.pdf" %
                        (p.surname, p.given[0]), "RNI_%s.pdf" % name_form(p, "lower", lang).replace(" ", "_")])
    paras = [L(m, "Laboratoire régional - rapport cumulatif", "Regional laboratory - cumulative report"), mrn]
    rows = [["Date", L(m, "RNI", "INR")]] + [list(v) for v in vals]
    m.attach("application/pdf", make_pdf(L(m, "Rapport cumulatif", "Cumulative report"), paras, rows), fname)
    m.subject = L(m, "scan labo", "lab scan")
    m.body = L(m, "Reçu par télécopieur ce matin, je te le transfère.\n", "Came in by fax this morning, "
                                                                          "forwarding to you.\n")
    m.mode = "plain"
    m.note = L(m, "nom du patient seulement dans le nom du fichier joint", "patient name only in attachment file name")


def procedure_booking(m, c):
    rng, lang = m.rng, m.lang
    p = c.patient(0.5)
    sec = c.any_staff()
    m.from_staff(sec)
    m.to = [("Endoscopie - rendez-vous" if lang == "fr" else "Endoscopy bookings", "rdv@" + OTHER_DOMS["endo"])]
    who = id_block(m, c, p, layout=rng.choice(["pipe", "lines"]))
    if not p.nam:
        m.dobs.append(p.dob)
        m.t("date_of_birth")
        who += L(m, " - DDN %s", " - DOB %s") % fmt_date(p.dob, "iso")
    tel = phone(rng)
    m.t("patient_contact", "diagnosis")
    day = add_days(m.date, rng.randint(10, 30))
    if lang == "fr":
        m.subject = "Demande de rendez-vous - coloscopie"
        m.body = ("Bonjour,\n\nPourriez-vous donner un rendez-vous de coloscopie à :\n%s\nTél. cellulaire : %s\n"
                  "Motif : anémie ferriprive et sang dans les selles. Disponible après le %s. La clinique "
                  "d'anticoagulation communiquera le plan d'arrêt une fois la date connue.\n\n%s"
                  % (who, tel, fmt_date(day, "long", "fr"), signature(sec, lang)))
    else:
        m.subject = "Booking request - colonoscopy"
        m.body = ("Hello,\n\nCould you book a colonoscopy for:\n%s\nCell: %s\nReason: iron-deficiency anemia and "
                  "blood in stool. Available after %s. The anticoagulation clinic will send the hold plan once the "
                  "date is known.\n\n%s" % (who, tel, fmt_date(day, "long", "en"), signature(sec, lang)))
    m.note = L(m, "demande de rendez-vous de coloscopie", "colonoscopy booking request")


def bleed_er(m, c):
    rng, lang = m.rng, m.lang
    p = c.patient(0.4)
    md = ("Dr Gabriel Sauvé", "gabriel.sauve@" + ORG["dom"])
    st = c.pharmacist()
    m.sender = md
    m.to = [("%s %s" % (st[0], st[1]), staff_addr(st))]
    who = name_form(p, rng.choice(["initial", "title", "upper_comma"]), lang)
    m.patient(p)
    extra = ""
    if p.nam:
        extra = "\n" + id_block(m, c, p, "comma")
    mrn = mrn_text(m, c)
    hb = rng.randint(68, 96)
    m.t("diagnosis", "lab_result", "medication")
    if lang == "fr":
        m.subject = "Urgence - saignement sous apixaban"
        m.body = ("Salut,\n\n%s (%s)%s arrivé(e) à l'urgence ce matin : méléna depuis 2 jours, Hb %d g/L "
                  "(baseline 128), TA 96/58. Dernière dose d'Eliquis hier 20h. On fait 2 culots, gastro avisé. "
                  "Faut-il l'andexanet ou le CCP 50 U/kg selon le protocole ?\n\nGabriel, R2 médecine interne"
                  % (who, mrn, extra, hb))
    else:
        m.subject = "ED - bleeding on apixaban"
        m.body = ("Hi,\n\n%s (%s)%s came into the ED this morning: melena x 2 days, Hgb %d g/L (baseline 128), BP "
                  "96/58. Last Eliquis dose yesterday 20:00. Giving 2 units, GI aware. Do we need andexanet or PCC "
                  "50 U/kg per protocol?\n\nGabriel, PGY-2 internal medicine" % (who, mrn, extra, hb))
    m.mode = rng.choice(["plain", "html"])
    m.note = L(m, "saignement digestif sous AOD à l'urgence", "GI bleed on a DOAC in the ED")


TEMPLATES = [("chart_only", mrn_only), ("transport", transport), ("disability_claim", sin_claim),
             ("ontario_lab", ohip_lab), ("scan_name", scan_filename), ("booking", procedure_booking),
             ("er_bleed", bleed_er)]

_unused = (_dt,)
