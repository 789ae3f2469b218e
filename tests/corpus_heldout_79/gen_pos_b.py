"""Positive templates, part B: insurance and third-party claims (CNESST, SAAQ, private, foreign, out-of-province)."""
import datetime

from gen_attach import CT_DOCX, CT_PDF, CT_XLSX, make_csv, make_docx, make_pdf, make_vcf, make_xlsx
from gen_common import (addr_of, d_long, d_num, fmt_mrn, fmt_nam, fmt_niss, fmt_nir, fmt_ohn, fmt_sin, gen_mrn,
                        gen_niss, gen_nir, gen_ohn, gen_sin)
from gen_mime import Att
from gen_text import (pick_for, DIAG, INJURY, LABS, SOCIAL, UNITS, L, R, bye, case_no, earlier, ext_dom, hello, mk,
                      name_variant, quote_block, signature, who)

EMPLOYERS = ["Transport Lachance inc.", "Coffrages Boivin ltée", "Ferme Plourde et fils", "Entrepôts Vallée-Nord",
             "Toitures Marcoux", "Lakeshore Precision Machining", "Abattoir Saint-Lin", "Northern Timber Works"]


# ----------------------------------------------------------------------------------------------------------------
def cnesst_attestation(c, lang):
    """Claims office sends CNESST the medical certificate of an injured worker (a patient, not an employee)."""
    p = c.patient(lang, dob_range=(1962, 2004))
    agent, officer, md = c.staff(lang), c.staff(lang, "F"), c.staff(lang)
    sent = c.sent_at()
    acc = sent.date() - datetime.timedelta(days=c.randint(2, 20))
    inj = c.pick(INJURY)
    emp = c.pick(EMPLOYERS)
    sin = gen_sin(c)
    weeks = c.randint(2, 12)
    claim = f"{c.randint(500000000, 599999999)}"
    in_pdf = c.chance(0.5)
    sin_s = fmt_sin(c, sin, allow_fw=not in_pdf, style=5 if (not in_pdf and c.chance(0.5)) else None)
    if lang == "fr":
        core = [f"Travailleur : {p.surname.upper()} {p.given}", f"NAS : {sin_s}",
                f"Date de naissance : {d_num(c, p.dob, 'fr')}", f"Employeur : {emp}",
                f"Date de l'événement : {d_long(acc, 'fr')}",
                f"Diagnostic : {inj[0]}", f"Arrêt de travail : {weeks} semaines, réévaluation en clinique d'orthopédie",
                f"Médecin traitant : {md.dr('fr')} {md.full()}"]
        body = f"""{hello(c, lang, agent)}

{'Vous trouverez ci-joint' if in_pdf else 'Voici'} l'attestation médicale initiale pour le dossier CNESST {claim}. Le travailleur a été vu à notre urgence le {d_long(acc, 'fr')} à la suite d'un accident survenu chez son employeur.
""" + ("" if in_pdf else "\n" + "\n".join(core) + "\n") + f"""
Le rapport médical détaillé suivra dès qu'il sera signé.

{bye(c, lang)}

{signature(c, officer, 'ass', 'ass', lang)}"""
        subj = c.pick([f"Attestation médicale — dossier CNESST {claim}", f"CNESST {claim} — attestation initiale",
                       "Transmission attestation médicale CNESST"])
        fn = c.pick([f"Attestation_CNESST_{claim}.pdf", "attestation medicale.pdf", f"AM_{claim}.pdf"])
        title = "Attestation médicale — CNESST"
    else:
        core = [f"Worker: {p.surname.upper()} {p.given}", f"SIN: {sin_s}", f"Date of birth: {d_num(c, p.dob, 'en')}",
                f"Employer: {emp}", f"Date of accident: {d_long(acc, 'en')}", f"Diagnosis: {inj[1]}",
                f"Time off work: {weeks} weeks, to be reassessed at the orthopaedic clinic",
                f"Attending physician: Dr. {md.full()}"]
        body = f"""{hello(c, lang, agent)}

{'Attached is' if in_pdf else 'Here is'} the initial medical certificate for CNESST file {claim}. The worker was seen in our Emergency Department on {d_long(acc, 'en')} after a workplace accident at the employer's site.
""" + ("" if in_pdf else "\n" + "\n".join(core) + "\n") + f"""
The detailed medical report will follow once it is signed.

{bye(c, lang)}

{signature(c, officer, 'ass', 'ass', lang)}"""
        subj = c.pick([f"Medical certificate — CNESST file {claim}", f"CNESST {claim} — initial certificate",
                       "CNESST medical certificate"])
        fn = c.pick([f"CNESST_certificate_{claim}.pdf", "medical certificate.pdf", f"MC_{claim}.pdf"])
        title = "Medical certificate — CNESST"
    atts = [Att(fn, CT_PDF, make_pdf(c, title, core, author=officer.full()))] if in_pdf else []
    spec = mk(who(officer), [(agent.full(), addr_of(agent, ext_dom("cnesst")))], subj, body, sent, atts=atts)
    return R("cnesst_attestation", lang, spec, ["patient_name", "ca_sin", "date_of_birth", "diagnosis"],
             "CNESST medical certificate for an injured worker treated in ER (SIN)", [sin_s, p.surname.upper()])


# ----------------------------------------------------------------------------------------------------------------
def saaq_report(c, lang):
    """Health records answer a SAAQ claims agent; the agent's request is quoted."""
    p = c.patient(lang, with_nam=True)
    agent, arch = c.staff(lang), c.staff(lang, "F")
    sent = c.sent_at()
    acc = sent.date() - datetime.timedelta(days=c.randint(20, 200))
    inj1, inj2 = c.sample(INJURY, 2)
    claim = f"{c.randint(100, 999)}-{c.randint(100000, 999999)}"
    nam = fmt_nam(c, p.nam)
    if lang == "fr":
        req = f"""Bonjour,

Dans le cadre de la demande d'indemnité {claim}, nous sollicitons copie des notes de l'urgence et du protocole opératoire concernant :
{p.surname}, {p.given} — NAM {nam} — né{'e' if p.sex == 'F' else ''} le {d_num(c, p.dob, 'fr')}
Accident d'automobile du {d_long(acc, 'fr')}.

L'autorisation signée est jointe à notre envoi postal.

{agent.full()}
Agent d'indemnisation"""
        body = f"""{hello(c, lang, agent)}

Nous avons bien reçu l'autorisation. Pour votre information, le dossier fait état de : {inj1[0]} et {inj2[0]}, avec réduction ouverte le lendemain de l'admission. Les documents (43 pages) vous seront transmis par la plateforme sécurisée d'ici la fin de la semaine. Des frais de reproduction s'appliquent.

{bye(c, lang)}

{signature(c, arch, 'arch_tech', 'arch', lang)}

{quote_block(c, lang, (agent.full(), addr_of(agent, ext_dom('saaq'))), earlier(sent, c, (2, 9)), req)}"""
        subj = c.pick([f"RE: Demande d'indemnité {claim}", f"RE: SAAQ {claim} — demande de documents"])
    else:
        req = f"""Hello,

Regarding compensation claim {claim}, we request a copy of the emergency notes and operative report for:
{p.surname}, {p.given} — RAMQ {nam} — DOB {d_num(c, p.dob, 'en')}
Motor vehicle accident of {d_long(acc, 'en')}.

The signed authorisation is included with our mailed request.

{agent.full()}
Claims Agent"""
        body = f"""{hello(c, lang, agent)}

We have received the authorisation. For your information, the chart documents {inj1[1]} and {inj2[1]}, with open reduction the day after admission. The documents (43 pages) will be sent through the secure platform by the end of the week. Copying fees apply.

{bye(c, lang)}

{signature(c, arch, 'arch_tech', 'arch', lang)}

{quote_block(c, lang, (agent.full(), addr_of(agent, ext_dom('saaq'))), earlier(sent, c, (2, 9)), req)}"""
        subj = c.pick([f"RE: Compensation claim {claim}", f"RE: SAAQ {claim} — records request"])
    spec = mk(who(arch), [(agent.full(), addr_of(agent, ext_dom("saaq")))], subj, body, sent)
    return R("saaq_report", lang, spec, ["patient_name", "ramq_nam", "date_of_birth", "diagnosis"],
             "reply to SAAQ claims agent with injuries; request quoted with NAM", [nam])


# ----------------------------------------------------------------------------------------------------------------
def claims_csv(c, lang):
    """Billing sends the claims office a CSV of third-party (CNESST/SAAQ) claims for the month."""
    fin, officer = c.staff(lang), c.staff(lang, "F")
    sent = c.sent_at()
    month = sent.date().replace(day=1) - datetime.timedelta(days=1)
    n_hold = c.randint(1, 2)
    rows = []
    hdr = (["Nom", "Prénom", "NAM", "No dossier", "Date service", "Organisme", "Diagnostic", "Montant"] if lang == "fr"
           else ["Last name", "First name", "RAMQ", "MRN", "Service date", "Payer", "Diagnosis", "Amount"])
    for i in range(c.randint(6, 11)):
        p = c.patient(lang, with_nam=i < n_hold)
        inj = c.pick(INJURY)
        d = month.replace(day=c.randint(1, month.day))
        rows.append([p.surname, p.given, p.nam or "", gen_mrn(c), d.isoformat(), c.pick(["CNESST", "SAAQ"]),
                     inj[0] if lang == "fr" else inj[1], f"{c.randint(180, 9400)},{c.randint(0, 99):02d}"
                     if lang == "fr" else f"{c.randint(180, 9400)}.{c.randint(0, 99):02d}"])
    c.rng.shuffle(rows)
    delim = ";" if lang == "fr" else c.pick([",", ";"])
    if delim == "," and lang == "fr":
        delim = ";"
    csv = make_csv([hdr] + rows, delim, c.pick(["\r\n", "\n"]))
    cs = c.pick(["windows-1252", "utf-8", "iso-8859-1"])
    ym = f"{month.year}-{month.month:02d}"
    fn = f"reclamations_tiers_{ym}.csv" if lang == "fr" else f"third_party_claims_{ym}.csv"
    if lang == "fr":
        body = f"""{hello(c, lang, officer)}

Ci-joint l'extraction des réclamations CNESST et SAAQ pour {ym}. Les lignes sans numéro de réclamation sont à compléter avant la facturation.

{bye(c, lang)}

{signature(c, fin, 'fin', 'fin', lang)}"""
        subj = f"Extraction réclamations tiers payeurs {ym}"
    else:
        body = f"""{hello(c, lang, officer)}

Attached is the CNESST and SAAQ claims extract for {ym}. Rows without a claim number need to be completed before billing.

{bye(c, lang)}

{signature(c, fin, 'fin', 'fin', lang)}"""
        subj = f"Third-party payer claims extract {ym}"
    spec = mk(who(fin), [who(officer)], subj, body, sent, atts=[Att(fn, "text/csv", csv, cs)])
    return R("claims_csv", lang, spec, ["patient_name", "ramq_nam", "mrn", "diagnosis"],
             "CSV export of third-party claims with names, NAMs, MRNs, diagnoses", [rows[0][0], rows[0][3]])


# ----------------------------------------------------------------------------------------------------------------
def insurer_aps(c, lang):
    """Release-of-information sends a private insurer a completed attending physician statement (DOCX)."""
    p = c.patient(lang, dob_range=(1965, 1998))
    adj, arch, md = c.staff(lang), c.staff(lang, "F"), c.staff(lang)
    sent = c.sent_at()
    sin = gen_sin(c)
    sin_s = fmt_sin(c, sin)
    dg = c.pick([("dépression majeure", "major depressive disorder", ("sertraline 150 mg", "sertraline 150 mg")),
                 ("diabète de type 1 avec rétinopathie", "type 1 diabetes with retinopathy", ("insuline lispro", "insulin lispro")),
                 ("sclérose en plaques récurrente-rémittente", "relapsing-remitting multiple sclerosis", ("ocrélizumab", "ocrelizumab")),
                 ("trouble d'anxiété généralisée", "generalized anxiety disorder", ("escitalopram 20 mg", "escitalopram 20 mg"))])
    lab = c.pick(LABS)
    insurer = c.pick(["AssurVie Boréale", "Northstar Life", "La Mutuelle des Érables"])
    pol = f"{c.pick(['GR', 'LTD', 'AI'])}-{c.randint(100000, 999999)}"
    stop = sent.date() - datetime.timedelta(days=c.randint(40, 200))
    if lang == "fr":
        paras = ["# Déclaration du médecin traitant — invalidité", f"Assureur : {insurer} — police {pol}",
                 f"Assuré(e) : {p.full()}", f"NAS : {sin_s}", f"Date de naissance : {d_long(p.dob, 'fr')}",
                 f"Diagnostic principal : {dg[0]}", f"Traitement actuel : {dg[2][0]}",
                 f"Résultats pertinents : {lab[0]}", f"Arrêt de travail depuis le {d_long(stop, 'fr')}",
                 "Pronostic de retour au travail : réévaluation dans 8 semaines.", f"{md.dr('fr')} {md.full()}"]
        body = f"""{hello(c, lang, adj)}

Suite à votre demande et à l'autorisation signée par l'assuré(e), vous trouverez ci-joint la déclaration du médecin traitant complétée. Notre facture pour la complétion du formulaire suivra par la poste.

{signature(c, arch, 'arch_tech', 'arch', lang)}"""
        subj = f"Police {pol} — déclaration du médecin traitant"
        fn = c.pick([f"DMT_{pol}.docx", "declaration_medecin_traitant.docx"])
    else:
        paras = ["# Attending Physician Statement — Disability", f"Insurer: {insurer} — policy {pol}",
                 f"Insured: {p.full()}", f"SIN: {sin_s}", f"Date of birth: {d_long(p.dob, 'en')}",
                 f"Primary diagnosis: {dg[1]}", f"Current treatment: {dg[2][1]}", f"Relevant results: {lab[1]}",
                 f"Off work since {d_long(stop, 'en')}", "Return-to-work prognosis: reassess in 8 weeks.",
                 f"Dr. {md.full()}"]
        body = f"""{hello(c, lang, adj)}

Further to your request and the authorisation signed by the insured, please find attached the completed attending physician statement. Our invoice for completing the form will follow by mail.

{signature(c, arch, 'arch_tech', 'arch', lang)}"""
        subj = f"Policy {pol} — attending physician statement"
        fn = c.pick([f"APS_{pol}.docx", "attending_physician_statement.docx"])
    doc = make_docx(c, "", paras, author=arch.full())
    spec = mk(who(arch), [(adj.full(), addr_of(adj, ext_dom(c.pick(["ins1", "ins2"]))))], subj, body, sent,
              atts=[Att(fn, CT_DOCX, doc)])
    return R("insurer_aps", lang, spec,
             ["patient_name", "ca_sin", "date_of_birth", "diagnosis", "medication", "lab_result"],
             "attending physician statement (DOCX) for disability insurer with SIN", [sin_s, p.full()])


# ----------------------------------------------------------------------------------------------------------------
def french_tourist(c, lang):
    """Billing sends a French insurer the detail of care given to a French visitor (XLSX), NIR included."""
    p = c.new_person("fr", dob_range=(1945, 2005))
    fin, agent = c.staff(lang), c.new_person("fr")
    sent = c.sent_at()
    nir = gen_nir(c, p.dob, p.sex)
    nir_s = fmt_nir(c, nir)
    dg = pick_for(c, p, DIAG[:18] + INJURY)
    adm = sent.date() - datetime.timedelta(days=c.randint(15, 90))
    days = c.randint(1, 9)
    dossier = f"INT-{c.randint(10000, 99999)}"
    rows = [["Champ", "Valeur"],
            ["Nom", p.surname.upper()], ["Prénom", p.given], ["Date de naissance", p.dob.isoformat()],
            ["NIR", nir_s], ["Admission", adm.isoformat()], ["Durée (jours)", days], ["Diagnostic", dg[0]],
            ["Montant (CAD)", f"{c.randint(3, 48) * 1000 + c.randint(0, 999)}"]]
    xlsx = make_xlsx(c, [("Facture", rows)], author=fin.full())
    if lang == "fr":
        body = f"""{hello(c, lang, agent)}

Veuillez trouver ci-joint le détail de la facture pour les soins dispensés à votre assuré{'e' if p.sex == 'F' else ''} lors de son séjour au Québec (notre dossier {dossier}). Le paiement peut être effectué par virement international; nos coordonnées bancaires figurent sur la facture officielle.

{bye(c, lang)}

{signature(c, fin, 'fin', 'fin', lang)}"""
        subj = f"Facturation soins hors Canada — dossier {dossier}"
        fn = f"detail_facture_{dossier}.xlsx"
    else:
        body = f"""{hello(c, lang, agent)}

Please find attached the billing detail for care provided to your insured member during a stay in Quebec (our file {dossier}). Payment can be made by international wire transfer; our banking details are on the official invoice.

{bye(c, lang)}

{signature(c, fin, 'fin', 'fin', lang)}"""
        subj = f"Billing for care outside Canada — file {dossier}"
        fn = f"invoice_detail_{dossier}.xlsx"
    spec = mk(who(fin), [(agent.full(), addr_of(agent, ext_dom("cpam")))], subj, body, sent,
              atts=[Att(fn, CT_XLSX, xlsx)])
    return R("french_tourist", lang, spec, ["patient_name", "fr_nir", "date_of_birth", "diagnosis"],
             "XLSX billing detail for a French visitor with NIR", [nir_s, p.surname.upper()])


# ----------------------------------------------------------------------------------------------------------------
def belgian_tourist(c, lang):
    """Billing writes to a Belgian mutual insurer about a Belgian patient; NISS in the body."""
    p = c.new_person("fr", dob_range=(1940, 2006))
    fin, agent = c.staff(lang, "F"), c.new_person("fr")
    sent = c.sent_at()
    niss = gen_niss(c, p.dob, p.sex)
    niss_s = fmt_niss(c, niss)
    dg = pick_for(c, p, DIAG[:20] + INJURY)
    adm = sent.date() - datetime.timedelta(days=c.randint(10, 60))
    nm = name_variant(c, p, lang, ("full", "titled", "upper"))
    if lang == "fr":
        body = f"""{hello(c, lang, agent)}

Nous donnons suite à votre courriel au sujet de {nm} (NISS {niss_s}), hospitalisé{'e' if p.sex == 'F' else ''} chez nous du {d_long(adm, 'fr')} au {d_long(adm + datetime.timedelta(days=4), 'fr')} pour {dg[0]}.

Le formulaire de prise en charge que vous nous avez transmis ne couvre que les frais d'urgence. Pourriez-vous confirmer la couverture des quatre jours d'hospitalisation? Le rapatriement a été organisé par l'assistance le {d_long(adm + datetime.timedelta(days=5), 'fr')}.

{bye(c, lang)}

{signature(c, fin, 'fin', 'fin', lang)}"""
        subj = c.pick(["RE: Prise en charge — patient belge", f"Votre référence {c.randint(100000, 999999)} — hospitalisation"])
    else:
        body = f"""{hello(c, lang, agent)}

Following up on your e-mail about {nm} (NISS {niss_s}), who was admitted here from {d_long(adm, 'en')} to {d_long(adm + datetime.timedelta(days=4), 'en')} for {dg[1]}.

The guarantee of payment you sent only covers emergency charges. Could you confirm coverage for the four inpatient days? Repatriation was arranged by the assistance company on {d_long(adm + datetime.timedelta(days=5), 'en')}.

{bye(c, lang)}

{signature(c, fin, 'fin', 'fin', lang)}"""
        subj = c.pick(["RE: Guarantee of payment — Belgian patient", f"Your ref. {c.randint(100000, 999999)} — admission"])
    spec = mk(who(fin), [(agent.full(), addr_of(agent, ext_dom("mut")))], subj, body, sent)
    return R("belgian_tourist", lang, spec, ["patient_name", "be_niss", "diagnosis"],
             "Belgian mutual insurer correspondence with NISS", [niss_s])


# ----------------------------------------------------------------------------------------------------------------
def ontario_interprov(c, lang):
    """Interprovincial billing question about an Ontario resident; OHIP number in body or PDF."""
    p = c.new_person(lang, dob_range=(1940, 2010))
    p.city, p.postal = "Hawkesbury-Est", f"K6A {c.randint(1, 9)}B{c.randint(1, 9)}"
    fin, agent = c.staff(lang), c.new_person("en")
    sent = c.sent_at()
    ohn, vc = gen_ohn(c)
    in_pdf = c.chance(0.4)
    ohn_s = fmt_ohn(c, ohn, vc)
    dg = pick_for(c, p, DIAG[:20])
    svc_d = sent.date() - datetime.timedelta(days=c.randint(20, 120))
    if lang == "fr":
        lines = [f"Patient : {p.full()}", f"Carte Santé Ontario : {ohn_s}", f"Date de naissance : {d_num(c, p.dob, 'fr')}",
                 f"Date de service : {d_long(svc_d, 'fr')}", f"Diagnostic : {dg[0]}", "Motif du refus : code de version expiré"]
        body = f"""{hello(c, lang, agent)}

La réclamation interprovinciale ci-dessous a été refusée. Pouvez-vous confirmer le code de version valide à la date du service?
""" + ("\nDétails dans le PDF ci-joint.\n" if in_pdf else "\n" + "\n".join(lines) + "\n") + f"""
{bye(c, lang)}

{signature(c, fin, 'fin', 'fin', lang)}"""
        subj = "Réclamation interprovinciale refusée — résident de l'Ontario"
    else:
        lines = [f"Patient: {p.full()}", f"Ontario health card: {ohn_s}", f"DOB: {d_num(c, p.dob, 'en')}",
                 f"Date of service: {d_long(svc_d, 'en')}", f"Diagnosis: {dg[1]}", "Rejection reason: expired version code"]
        body = f"""{hello(c, lang, agent)}

The interprovincial claim below was rejected. Could you confirm the valid version code as of the date of service?
""" + ("\nDetails in the attached PDF.\n" if in_pdf else "\n" + "\n".join(lines) + "\n") + f"""
{bye(c, lang)}

{signature(c, fin, 'fin', 'fin', lang)}"""
        subj = "Rejected interprovincial claim — Ontario resident"
    atts = [Att(c.pick(["reclamation_refusee.pdf", "rejected_claim.pdf"]), CT_PDF,
                make_pdf(c, "Interprovincial claim", lines))] if in_pdf else []
    spec = mk(who(fin), [(agent.full(), addr_of(agent, ext_dom("ohip")))], subj, body, sent, atts=atts)
    return R("ontario_interprov", lang, spec, ["patient_name", "ca_health_number", "date_of_birth", "diagnosis"],
             "interprovincial billing for an Ontario resident (health number)", [ohn_s])


# ----------------------------------------------------------------------------------------------------------------
def liability_incident(c, lang):
    """Risk management notifies the network's liability insurer of a potential claim."""
    p = c.patient(lang, dob_range=(1930, 1960))
    risq, ins = c.staff(lang, "F"), c.staff(lang)
    sent = c.sent_at()
    mrn = fmt_mrn(c, gen_mrn(c))
    unit = c.pick(UNITS)
    ev = sent.date() - datetime.timedelta(days=c.randint(5, 40))
    inj = c.pick([("fracture de la hanche droite", "right hip fracture"), ("hématome sous-dural", "subdural hematoma"),
                  ("fracture de l'humérus", "humeral fracture")])
    nm = name_variant(c, p, lang, ("full", "titled", "surfirst", "initials"))
    if lang == "fr":
        body = f"""{hello(c, lang, ins)}

Conformément à notre entente, nous vous avisons d'une réclamation potentielle.

Usager : {nm} (dossier {mrn}), {sent.date().year - p.dob.year} ans
Unité : {unit[0]}
Date de l'événement : {d_long(ev, 'fr')}
Description : chute lors d'un transfert non assisté; {inj[0]} confirmée à l'imagerie, chirurgie le lendemain.
La famille a exprimé son intention de consulter un avocat.

La déclaration AH-223 et l'analyse sommaire sont disponibles sur demande.

{signature(c, risq, 'risq', 'risq', lang)}"""
        subj = c.pick(["Avis de réclamation potentielle", f"Réclamation potentielle — {unit[0].split(' —')[0]}"])
    else:
        body = f"""{hello(c, lang, ins)}

As per our agreement, we are notifying you of a potential claim.

Patient: {nm} (MRN {mrn}), age {sent.date().year - p.dob.year}
Unit: {unit[1]}
Date of event: {d_long(ev, 'en')}
Description: fall during an unassisted transfer; {inj[1]} confirmed on imaging, surgery the next day.
The family has said they intend to consult a lawyer.

The incident report and the summary analysis are available on request.

{signature(c, risq, 'risq', 'risq', lang)}"""
        subj = c.pick(["Notice of potential claim", f"Potential claim — {unit[1].split(' —')[0]}"])
    spec = mk(who(risq), [(ins.full(), addr_of(ins, ext_dom("darsss")))], subj, body, sent)
    return R("liability_incident", lang, spec, ["patient_name", "mrn", "diagnosis"],
             "notice of potential liability claim: fall with injury, named patient", [mrn])


# ----------------------------------------------------------------------------------------------------------------
def uninsured_billing(c, lang):
    """Billing asks social work about an uninsured patient disputing a bill."""
    p = c.patient(lang, dob_range=(1970, 2003))
    fin, sw = c.staff(lang), c.staff(lang, "F")
    sent = c.sent_at()
    soc = c.pick([SOCIAL[8], SOCIAL[1], SOCIAL[0], SOCIAL[9]])
    dg = pick_for(c, p, [("une pneumonie", "pneumonia"), ("un accouchement", "a delivery"), ("une appendicite", "appendicitis"),
                 ("une crise d'asthme sévère", "a severe asthma attack")])
    amt = f"{c.randint(4, 29)} {c.randint(100, 999)}"
    nm = name_variant(c, p, lang, ("full", "titled", "surfirst"))
    if lang == "fr":
        body = f"""{hello(c, lang, sw)}

{nm} nous a appelés ce matin au sujet de la facture de {amt} $ pour son hospitalisation ({dg[0]}). {p.pron('fr').capitalize()} nous dit être {soc[0]} et ne pas pouvoir payer.

Pourrais-tu la ou le rencontrer pour évaluer une entente ou une demande d'exemption? Son numéro : {p.phone}.

{bye(c, lang)}
{fin.given}"""
        subj = c.pick([f"Facture contestée — {p.surname}", "Usager sans couverture — besoin d'un suivi social"])
    else:
        body = f"""{hello(c, lang, sw)}

{nm} called this morning about the ${amt.replace(' ', ',')} bill for the admission ({dg[1]}). {p.pron('en').capitalize()} told us about being {soc[1]} and unable to pay.

Could you meet with {'her' if p.sex == 'F' else 'him'} to look at a payment plan or an exemption request? Phone: {p.phone}.

{bye(c, lang)}
{fin.given}"""
        subj = c.pick([f"Disputed bill — {p.surname}", "Uninsured patient — social work follow-up needed"])
    spec = mk(who(fin), [who(sw)], subj, body, sent)
    return R("uninsured_billing", lang, spec, ["patient_name", "social_information", "patient_contact", "diagnosis"],
             "uninsured patient's disputed bill with social situation and phone", [p.phone])


# ----------------------------------------------------------------------------------------------------------------
def vcard_claimant(c, lang):
    """Claims officer shares a claimant's contact card (vCard with home address and a note)."""
    p = c.patient(lang)
    officer, col = c.staff(lang, "F"), c.staff(lang)
    sent = c.sent_at()
    inj = c.pick(INJURY)
    org = c.pick(["SAAQ", "CNESST"])
    note = (f"Réclamant {org} — {inj[0]} — suivi en physiothérapie externe. Préfère être joint le soir." if lang == "fr"
            else f"{org} claimant — {inj[1]} — outpatient physiotherapy follow-up. Prefers evening calls.")
    vcf = make_vcf(p.given, p.surname, tels=[("HOME,VOICE", p.phone)],
                   adr=(p.address, p.city, "QC", p.postal, "Canada", "HOME"), note=note,
                   version=c.pick(["3.0", "4.0"]))
    if lang == "fr":
        body = f"""{hello(c, lang, col, formal=False)}

Je pars en vacances demain; voici la fiche de {p.given} pour le suivi de son dossier {org} pendant mon absence. {p.pron('fr').capitalize()} attend un retour pour le remboursement de ses frais de déplacement.

{officer.given}"""
        subj = f"Suivi dossier {org} pendant mon absence"
    else:
        body = f"""{hello(c, lang, col, formal=False)}

I'm off on vacation tomorrow; here is {p.given}'s contact card for the {org} file while I'm away. {p.pron('en').capitalize()} is waiting to hear back about travel expense reimbursement.

{officer.given}"""
        subj = f"{org} file follow-up while I'm away"
    fn = f"{p.given} {p.surname}.vcf"
    spec = mk(who(officer), [who(col)], subj, body, sent, atts=[Att(fn, c.pick(["text/vcard", "text/x-vcard"]), vcf,
                                                                          c.pick(["utf-8", "utf-8", "windows-1252"]))])
    return R("vcard_claimant", lang, spec, ["patient_name", "patient_contact", "diagnosis"],
             "vCard of a claimant with home address and injury note", [p.phone, p.full()])


# ----------------------------------------------------------------------------------------------------------------
ICD = [("F20.0", "schizophrénie paranoïde", "paranoid schizophrenia"), ("C50.9", "cancer du sein", "breast cancer"),
       ("B20", "maladie due au VIH", "HIV disease"), ("F10.2", "dépendance à l'alcool", "alcohol dependence"),
       ("O03.9", "avortement spontané", "spontaneous abortion"), ("G35", "sclérose en plaques", "multiple sclerosis"),
       ("E10.9", "diabète de type 1", "type 1 diabetes"), ("F32.2", "épisode dépressif sévère", "severe depressive episode")]


def ramq_billing_reject(c, lang):
    """Billing questions a rejected RAMQ claim; the patient is identified by NAM only (no name)."""
    p = c.patient(lang, with_nam=True)
    fin, med = c.staff(lang, "F"), c.staff(lang)
    sent = c.sent_at()
    nam = fmt_nam(c, p.nam)
    icd = pick_for(c, p, ICD)
    svc_d = sent.date() - datetime.timedelta(days=c.randint(10, 90))
    show_dob = c.chance(0.5)
    code = c.pick(["0154", "0196", "0249", "0081"])
    if lang == "fr":
        body = f"""{hello(c, lang, med)}

La RAMQ a refusé la demande de paiement suivante (message explicatif {code}) :

NAM : {nam}""" + (f"\nDate de naissance : {d_num(c, p.dob, 'fr')}" if show_dob else "") + f"""
Date du service : {d_long(svc_d, 'fr')}
Diagnostic inscrit : {icd[0]} ({icd[1]})
Lieu : urgence, Hôpital de Saint-Aurèle

Pouvez-vous vérifier le diagnostic et l'heure de début de l'intervention? Je dois retransmettre d'ici le 15.

{signature(c, fin, 'fin', 'fin', lang)}"""
        subj = c.pick([f"Refus RAMQ — code {code}", "Demande de paiement refusée — à corriger"])
    else:
        body = f"""{hello(c, lang, med)}

RAMQ rejected the following billing claim (explanatory code {code}):

RAMQ no.: {nam}""" + (f"\nDate of birth: {d_num(c, p.dob, 'en')}" if show_dob else "") + f"""
Date of service: {d_long(svc_d, 'en')}
Diagnosis billed: {icd[0]} ({icd[2]})
Location: Emergency, Saint-Aurèle Hospital

Could you check the diagnosis and the start time of the procedure? I need to resubmit by the 15th.

{signature(c, fin, 'fin', 'fin', lang)}"""
        subj = c.pick([f"RAMQ rejection — code {code}", "Rejected billing claim — needs correction"])
    spec = mk(who(fin), [who(med)], subj, body, sent)
    types = ["ramq_nam", "diagnosis"] + (["date_of_birth"] if show_dob else [])
    return R("ramq_billing_reject", lang, spec, types, "rejected RAMQ claim: NAM and ICD-10 diagnosis, no name", [nam])


TEMPLATES = [(cnesst_attestation, 4), (saaq_report, 4), (claims_csv, 3), (insurer_aps, 3), (french_tourist, 3),
             (belgian_tourist, 3), (ontario_interprov, 3), (liability_incident, 3), (uninsured_billing, 3),
             (vcard_claimant, 3), (ramq_billing_reject, 3)]
