"""Negative templates, part B: newsletters, committees, conferences, postings, bulletins, minutes, research, teaching, statistics."""
import datetime as _dt

import gen_attach as A
import gen_clin as K
import gen_common as C
from gen_clin import addr_of
from gen_neg_a import NB, md_with_sub


def _mds(ctx):
    return [s for s in ctx.staff if s["role"] == "ophtalmo"]


# ---------------------------------------------------------------- newsletter
def newsletter(ctx, lang):
    r = ctx.rng
    b = NB(ctx, lang, "newsletter", "department newsletter")
    ed = ctx.person(r.choice(["manager", "clerk"]))
    mds = _mds(ctx)
    new = r.choice([m for m in mds if "rétine" in m["sub"][0]] or mds)
    inj = r.randint(4200, 7900)
    items = [
        b.L(f"Bienvenue à {md_with_sub(new, lang)}, qui se joint à l'équipe et prendra en charge une partie des patients atteints de DMLA et d'occlusions veineuses.",
            f"Welcome to {md_with_sub(new, lang)}, who joins the team and will take over part of the AMD and retinal vein occlusion caseload."),
        b.L(f"En 2024, la clinique d'injections a réalisé {inj:,} injections intravitréennes (+{r.randint(6, 19)} %). Le délai médian entre la référence et la première injection est passé à {r.randint(6, 14)} jours.".replace(",", " "),
            f"In 2024 the injection clinic performed {inj:,} intravitreal injections (+{r.randint(6, 19)}%). Median time from referral to first injection is now {r.randint(6, 14)} days."),
        b.L(f"Félicitations à Mme {r.choice(C.GIVEN_F)} {r.choice(C.STAFF_SURNAMES)}, technicienne, pour son prix reconnaissance en périmétrie.",
            f"Congratulations to Ms. {r.choice(C.GIVEN_F)} {r.choice(C.STAFF_SURNAMES)}, technician, on her recognition award for perimetry."),
        b.L(f"{C.staff_name(r.choice(mds), lang)} présentera ses résultats sur le glaucome pseudo-exfoliatif au congrès de mai.",
            f"{C.staff_name(r.choice(mds), lang)} will present results on pseudoexfoliation glaucoma at the May congress."),
        b.L(f"Liste d'attente en cataracte : {r.randint(600, 1400)} personnes inscrites, dont {r.randint(20, 45)} % au-delà de 6 mois.",
            f"Cataract wait list: {r.randint(600, 1400)} people listed, {r.randint(20, 45)}% beyond 6 months."),
        b.L("Rappel : les optométristes peuvent maintenant référer directement en glaucome via le formulaire électronique.",
            "Reminder: optometrists can now refer directly to the glaucoma clinic using the e-form."),
    ]
    items = C.pick(r, items, r.randint(3, 5))
    title = b.L(f"L'Œil du CHVE — bulletin no {r.randint(20, 60)}", f"CHVE Eye Bulletin - issue {r.randint(20, 60)}")
    blocks = [("p", title)] + [("p", x) for x in items] + [("sig", C.signature(ed, lang, r))]
    if r.random() < 0.3:
        b.att({"kind": "pdf", "filename": b.L("bulletin_ophtalmo.pdf", "eye_bulletin.pdf"), "data": A.make_pdf(title, items, author=C.staff_name(ed, lang, False), compress=r.random() < 0.5)})
    return b.spec(addr_of(ed, lang), [b.all_staff()], title, blocks, form=r.choice(["html", "alt"]))


# ---------------------------------------------------------------- committee notices
def committee(ctx, lang):
    r = ctx.rng
    b = NB(ctx, lang, "committee_notice", "committee meeting notice or decision")
    sec = ctx.person(r.choice(["pharmacist", "manager"]))
    kind = r.choice(["pt", "infection", "quality"])
    d = K.future_day(r)
    if kind == "pt":
        items = [b.L("Ajout du faricimab (Vabysmo) au formulaire pour la DMLA néovasculaire et l'OMD — critères : échec ou intolérance à l'aflibercept.",
                     "Addition of faricimab (Vabysmo) to the formulary for neovascular AMD and DME - criteria: failure or intolerance of aflibercept."),
                 b.L("Remplacement du ranibizumab de marque par le biosimilaire à compter du 1er avril.", "Switch from brand ranibizumab to the biosimilar as of April 1."),
                 b.L("Révision de l'ordonnance collective de dilatation (tropicamide 1 % / phényléphrine 2,5 %).", "Review of the dilation standing order (tropicamide 1% / phenylephrine 2.5%).")]
        title = b.L("Comité de pharmacologie — ordre du jour", "Pharmacy & Therapeutics Committee - agenda")
    elif kind == "infection":
        items = [b.L(f"Taux d'endophtalmie post-injection 2024 : {r.randint(1, 4)} cas / {r.randint(5000, 7800)} injections.", f"2024 post-injection endophthalmitis rate: {r.randint(1, 4)} cases / {r.randint(5000, 7800)} injections."),
                 b.L("Audit du port du masque pendant les IVT.", "Audit of mask use during IVIs."), b.L("Nettoyage des lentilles de gonioscopie.", "Cleaning of gonioscopy lenses.")]
        title = b.L("Comité de prévention des infections", "Infection Prevention Committee")
    else:
        items = [b.L("Délais en glaucome : 3 mois visés pour les nouveaux cas de P2.", "Glaucoma wait times: 3-month target for new P2 referrals."),
                 b.L("Retour sur l'agrément — norme sur la vérification de l'œil à opérer.", "Accreditation feedback - operative-site verification standard."),
                 b.L(f"Présentation de {C.staff_name(r.choice(_mds(ctx)), lang)} sur la prise en charge de l'uvéite.", f"Presentation by {C.staff_name(r.choice(_mds(ctx)), lang)} on uveitis management.")]
        title = b.L("Comité qualité — ophtalmologie", "Quality Committee - Ophthalmology")
    members = ", ".join(C.staff_name(x, lang) for x in C.pick(r, ctx.staff, 5))
    blocks = [("p", C.greet(r, lang, group=True)), ("p", b.L(f"{title}, {C.fmt_day(d, lang)} à 7 h 30, salle C-301.", f"{title}, {C.fmt_day(d, lang)} at 7:30, room C-301.")),
              ("list", items), ("p", b.L("Membres convoqués : ", "Members: ") + members), ("sig", C.signature(sec, lang, r))]
    if r.random() < 0.35:
        b.att({"kind": "docx", "filename": b.L("ordre_du_jour.docx", "agenda.docx"), "data": A.make_docx(title, items, author=C.staff_name(sec, lang, False))})
    return b.spec(addr_of(sec, lang), [b.all_staff()], title, blocks)


# ---------------------------------------------------------------- conference programme
def conference(ctx, lang):
    r = ctx.rng
    b = NB(ctx, lang, "conference", "conference programme with speakers and topics")
    org = ctx.person(r.choice(["ophtalmo", "manager"]))
    mds = _mds(ctx)
    d = _dt.date(2025, r.randint(4, 6), r.randint(1, 27))
    topics = [b.L("Anti-VEGF : intervalles prolongés et traiter-et-étendre", "Anti-VEGF: extended intervals and treat-and-extend"),
              b.L("Glaucome à angle fermé : quand faire l'iridotomie?", "Angle closure: when to do the iridotomy?"),
              b.L("Cataracte chez le patient sous tamsulosine", "Cataract surgery in patients on tamsulosin"),
              b.L("Neuropathies optiques ischémiques et artérite temporale", "Ischaemic optic neuropathy and giant cell arteritis"),
              b.L("Rétinopathie du prématuré : dépistage en région", "Retinopathy of prematurity: regional screening"),
              b.L("Kératocône et cross-linking", "Keratoconus and cross-linking"),
              b.L("OCT-angiographie pour l'optométriste", "OCT angiography for optometrists")]
    rows = []
    t = 8 * 60 + 30
    for tp in C.pick(r, topics, r.randint(4, 6)):
        rows.append([f"{t // 60}h{t % 60:02d}" if lang == "fr" else f"{t // 60}:{t % 60:02d}", tp, C.staff_name(r.choice(mds + [ctx.person('optom')]), lang)])
        t += r.choice([30, 45, 60])
    title = b.L(f"Journée ophtalmologique Val-des-Érables — {C.fmt_day(d, lang, False)} {d.year}", f"Val-des-Érables Ophthalmology Day - {C.fmt_day(d, lang, False)}, {d.year}")
    blocks = [("p", title), ("p", b.L("Programme préliminaire (accréditation : 6 h de formation continue) :", "Preliminary programme (6 CE credits):")),
              ("table", b.L(["Heure", "Sujet", "Conférencier(ère)"], ["Time", "Topic", "Speaker"]), rows),
              ("p", b.L("Inscription : 75 $ (gratuit pour les résidents). Auditorium du pavillon A.", "Registration: $75 (free for residents). Pavilion A auditorium.")),
              ("sig", C.signature(org, lang, r))]
    kind = r.choice(["none", "pdf", "ics"])
    if kind == "pdf":
        b.att({"kind": "pdf", "filename": b.L("programme.pdf", "programme.pdf"), "data": A.make_pdf(title, [" | ".join(x) for x in rows], compress=r.random() < 0.5, mono_from=0)})
    elif kind == "ics":
        b.att({"kind": "ics", "filename": "journee.ics" if lang == "fr" else "event.ics", "method": "PUBLISH",
               "text": A.make_ics(f"conf-{d.isoformat()}@chve.example", _dt.datetime(d.year, d.month, d.day, 8, 30), _dt.datetime(d.year, d.month, d.day, 16, 0),
                                  title, "; ".join(x[1] for x in rows), b.L("Auditorium, pavillon A", "Auditorium, Pavilion A"), addr_of(org, lang))})
    to = [b.all_staff(), ("Optométristes de la région", "optometristes-region@liste.example")]
    return b.spec(addr_of(org, lang), to, title, blocks, form=r.choice(["html", "alt", "plain"]))


# ---------------------------------------------------------------- job posting
def job_posting(ctx, lang):
    r = ctx.rng
    b = NB(ctx, lang, "job_posting", "job posting")
    hr = ctx.person("hr")
    poste = r.choice([(b.L("Orthoptiste", "Orthoptist"), b.L("évaluation du strabisme et de l'amblyopie, suivi des enfants sous occlusion", "strabismus and amblyopia assessment, follow-up of children on patching")),
                      (b.L("Technicien(ne) en ophtalmologie — imagerie", "Ophthalmic technician - imaging"), b.L("OCT, champs visuels, biométrie, photos du fond d'œil", "OCT, visual fields, biometry, fundus photography")),
                      (b.L("Infirmier(ère) clinicien(ne) — clinique d'injections", "Clinical nurse - injection clinic"), b.L("préparation des patients pour IVT, enseignement, suivi téléphonique", "IVI patient preparation, teaching, telephone follow-up")),
                      (b.L("Agent(e) administratif(ve) — liste d'attente chirurgicale", "Administrative agent - surgical wait list"), b.L("gestion de la liste d'attente en cataracte, convocations", "cataract wait-list management, scheduling letters"))])
    num = f"{r.randint(2025000, 2025999)}"
    blocks = [("p", b.L(f"Affichage no {num} — {poste[0]}", f"Posting #{num} - {poste[0]}")),
              ("p", b.L(f"Tâches : {poste[1]}.", f"Duties: {poste[1]}.")),
              ("list", [b.L("Poste permanent, temps complet, jour", "Permanent, full time, days"), b.L("Échelle salariale : 28,49 $ à 41,12 $/h", "Pay scale: $28.49 to $41.12/h"),
                        b.L(f"Date limite : {C.fmt_day(K.future_day(r), lang, False)}", f"Deadline: {C.fmt_day(K.future_day(r), lang, False)}")]),
              ("p", b.L("Faire parvenir votre CV à recrutement@chve.example en indiquant le numéro d'affichage.", "Send your CV to recrutement@chve.example quoting the posting number.")),
              ("sig", C.signature(hr, lang, r))]
    if r.random() < 0.3:
        b.att({"kind": "pdf", "filename": f"affichage_{num}.pdf", "data": A.make_pdf(poste[0], [poste[1]], author="RH", compress=r.random() < 0.5)})
    return b.spec(addr_of(hr, lang), [b.all_staff()], b.L("Affichage de poste : ", "Job posting: ") + poste[0], blocks)


# ---------------------------------------------------------------- bulletin to community optometrists
def optom_bulletin(ctx, lang):
    r = ctx.rng
    b = NB(ctx, lang, "optometrist_bulletin", "information to community optometrists on referral criteria")
    md = ctx.person("ophtalmo")
    crit = [b.L("URGENT (même jour) : perte visuelle subite, décollement de rétine suspecté, PIO > 40 mmHg, suspicion d'artérite temporale.",
                "URGENT (same day): sudden vision loss, suspected retinal detachment, IOP > 40 mmHg, suspected giant cell arteritis."),
            b.L("SEMI-URGENT (< 2 semaines) : DMLA néovasculaire suspectée, OMD touchant le centre, occlusion veineuse.",
                "SEMI-URGENT (< 2 weeks): suspected wet AMD, centre-involving DME, retinal vein occlusion."),
            b.L("ÉLECTIF : cataracte avec atteinte fonctionnelle, suspicion de glaucome avec PIO < 30, ptose.",
                "ROUTINE: cataract with functional impact, glaucoma suspect with IOP < 30, ptosis.")]
    blocks = [("p", b.L("Chères et chers collègues optométristes,", "Dear optometrist colleagues,")),
              ("p", b.L("Nous mettons à jour nos critères de priorisation des références :", "We are updating our referral prioritisation criteria:")),
              ("list", crit),
              ("p", b.L(f"Joindre OCT et champ visuel lorsque disponibles. Télécopieur de la centrale : {C.ORG['fax']}. Résident de garde via le {C.ORG['phone']}.",
                        f"Please attach OCT and visual field when available. Intake fax: {C.ORG['fax']}. On-call resident via {C.ORG['phone']}.")),
              ("sig", C.signature(md, lang, r, "triage"))]
    if r.random() < 0.5:
        b.att({"kind": "pdf", "filename": b.L("criteres_reference.pdf", "referral_criteria.pdf"), "data": A.make_pdf(b.L("Critères de référence", "Referral criteria"), crit, compress=r.random() < 0.5)})
    return b.spec(addr_of(md, lang), [("Optométristes de la région", "optometristes-region@liste.example")], b.L("Mise à jour — critères de référence en ophtalmologie", "Update - ophthalmology referral criteria"), blocks, form=r.choice(["html", "alt"]))


# ---------------------------------------------------------------- meeting minutes
def minutes(ctx, lang):
    r = ctx.rng
    b = NB(ctx, lang, "meeting_minutes", "department meeting minutes with aggregate figures")
    sec = ctx.person(r.choice(["clerk", "manager"]))
    pres = [C.staff_name(x, lang) for x in C.pick(r, ctx.staff, 6)]
    pts = [b.L(f"Bloc : {r.randint(8, 14)} plages de cataracte supplémentaires obtenues en avril.", f"OR: {r.randint(8, 14)} extra cataract slots obtained for April."),
           b.L(f"Morbidité-mortalité : {r.randint(1, 3)} ruptures capsulaires sur {r.randint(250, 420)} phacos au trimestre; aucune endophtalmie.", f"M&M: {r.randint(1, 3)} capsule ruptures out of {r.randint(250, 420)} phacos this quarter; no endophthalmitis."),
           b.L(f"Absences aux RV d'injection : {r.randint(4, 11)} %; projet de rappel SMS.", f"Injection no-show rate {r.randint(4, 11)}%; SMS reminder project."),
           b.L("Nouveau champ visuel installé en C-318; formation prévue.", "New perimeter installed in C-318; training scheduled."),
           b.L(f"{C.staff_name(r.choice(_mds(ctx)), lang)} demande un deuxième créneau de neuro-ophtalmologie.", f"{C.staff_name(r.choice(_mds(ctx)), lang)} requests a second neuro-ophthalmology slot.")]
    blocks = [("p", b.L("Compte rendu — réunion de service", "Minutes - department meeting")), ("p", b.L("Présents : ", "Present: ") + ", ".join(pres)),
              ("list", C.pick(r, pts, 4)), ("p", b.L("Prochaine réunion : dans un mois.", "Next meeting: in one month.")), ("sig", C.signature(sec, lang, r))]
    if r.random() < 0.4:
        b.att({"kind": "docx", "filename": b.L("compte_rendu.docx", "minutes.docx"), "data": A.make_docx(b.L("Compte rendu", "Minutes"), pts, author=C.staff_name(sec, lang, False))})
    return b.spec(addr_of(sec, lang), [b.all_staff()], b.L("Compte rendu — réunion de service", "Minutes - department meeting"), blocks)


# ---------------------------------------------------------------- research protocol
def research(ctx, lang):
    r = ctx.rng
    b = NB(ctx, lang, "research_protocol", "research protocol without participant identities")
    md = ctx.person("ophtalmo")
    code = f"OPH-{r.randint(21, 25)}-{r.randint(100, 999)}"
    blocks = [("p", C.greet(r, lang, group=True)),
              ("p", b.L(f"Le protocole {code} (intervalles prolongés d'aflibercept 8 mg dans la DMLA néovasculaire) a été approuvé par le CÉR. Nous cherchons à recruter 40 participants.",
                        f"Protocol {code} (extended-interval aflibercept 8 mg in neovascular AMD) was approved by the REB. We aim to recruit 40 participants.")),
              ("p", b.L("Critères d'inclusion :", "Inclusion criteria:")),
              ("list", [b.L("50 ans et plus, DMLA néovasculaire naïve de traitement", "Age 50+, treatment-naive neovascular AMD"), b.L("AV entre 20/32 et 20/320", "VA between 20/32 and 20/320"),
                        b.L("Exclusion : glaucome non contrôlé, chirurgie intraoculaire < 3 mois", "Exclusion: uncontrolled glaucoma, intraocular surgery < 3 months")]),
              ("p", b.L("Si vous identifiez un candidat, remettez-lui le feuillet d'information; la coordonnatrice fera le contact. Ne pas envoyer de noms par courriel.",
                        "If you identify a candidate, give them the information leaflet; the coordinator will make contact. Please do not e-mail names.")),
              ("sig", C.signature(md, lang, r, "retina"))]
    if r.random() < 0.4:
        b.att({"kind": "pdf", "filename": f"{code}_resume.pdf", "data": A.make_pdf(f"{code}", [b.L("Résumé du protocole", "Protocol synopsis"), b.L("Population : DMLA néovasculaire", "Population: neovascular AMD")], compress=r.random() < 0.5)})
    return b.spec(addr_of(md, lang), [b.all_staff()], b.L(f"Recrutement — étude {code}", f"Recruitment - study {code}"), blocks)


# ---------------------------------------------------------------- de-identified teaching case
def teaching_case(ctx, lang):
    r = ctx.rng
    b = NB(ctx, lang, "teaching_case", "de-identified teaching case for rounds")
    md = ctx.person(r.choice(["ophtalmo", "resident"]))
    sex = r.choice([b.L("Homme", "Man"), b.L("Femme", "Woman")])
    a = r.randint(24, 88)
    case = r.choice([
        (b.L(f"{sex} de {a} ans, baisse visuelle indolore OG depuis 3 jours. AV 20/200. Hémorragies en flammèches dans les 4 quadrants.", f"{sex}, {a}, painless vision loss OS for 3 days. VA 20/200. Flame haemorrhages in all 4 quadrants."),
         b.L("Diagnostic? Bilan? Quand débuter l'anti-VEGF?", "Diagnosis? Work-up? When to start anti-VEGF?")),
        (b.L(f"{sex} de {a} ans, céphalée, claudication de la mâchoire, VS 96, CRP 71.", f"{sex}, {a}, headache, jaw claudication, ESR 96, CRP 71."), b.L("Conduite à tenir?", "Management?")),
        (b.L(f"{sex} de {a} ans porteur(se) de lentilles, douleur intense disproportionnée, anneau stromal.", f"{sex}, {a}, contact lens wearer, pain out of proportion, stromal ring infiltrate."), b.L("Agent probable et traitement?", "Likely organism and treatment?")),
        (b.L(f"{sex} de {a} ans, PIO 52 mmHg OD, halos, nausées, angle fermé à la gonioscopie.", f"{sex}, {a}, IOP 52 mmHg OD, halos, nausea, closed angle on gonioscopy."), b.L("Traitement immédiat?", "Immediate treatment?")),
    ])
    blocks = [("p", C.greet(r, lang, group=True)), ("p", b.L("Cas pour la tournée de jeudi (dépersonnalisé) :", "Case for Thursday rounds (de-identified):")),
              ("p", case[0]), ("p", case[1]), ("p", b.L("Réponses et images OCT à la présentation.", "Answers and OCT images at the session.")), ("sig", C.signature(md, lang, r))]
    if r.random() < 0.35:
        b.att({"kind": "docx", "filename": b.L("cas_clinique.docx", "teaching_case.docx"), "data": A.make_docx(b.L("Cas clinique", "Teaching case"), [case[0], case[1]], author=C.staff_name(md, lang, False))})
    return b.spec(addr_of(md, lang), [("Résidents ophtalmologie", "residents-ophtalmo@chve.example")], b.L("Cas clinique — tournée", "Teaching case - rounds"), blocks)


# ---------------------------------------------------------------- aggregate statistics
def stats(ctx, lang):
    r = ctx.rng
    b = NB(ctx, lang, "statistics", "aggregate activity or wait-list statistics")
    mgr = ctx.person("manager")
    kind = r.choice(["waitlist", "injections", "noshow"])
    if kind == "waitlist":
        header = b.L(["Priorité", "Inscrits", "> 6 mois", "> 12 mois", "Délai médian (sem.)"], ["Priority", "Listed", "> 6 mo", "> 12 mo", "Median wait (wk)"])
        rows = []
        for p in ("P1", "P2", "P3", "P4"):
            n = r.randint(40, 600)
            o6 = r.randint(0, n // 2)
            rows.append([p, n, o6, r.randint(0, o6 // 2), r.randint(4, 40)])
        title = b.L("Liste d'attente cataracte — état au 1er mars", "Cataract wait list - status as of March 1")
    elif kind == "injections":
        header = b.L(["Mois", "DMLA", "OMD", "Occlusions", "Autres", "Total"], ["Month", "AMD", "DME", "RVO", "Other", "Total"])
        rows = []
        for m in range(1, 7):
            v = [r.randint(250, 420), r.randint(90, 180), r.randint(40, 90), r.randint(5, 30)]
            rows.append([(C.MOIS if lang == "fr" else C.MONTHS)[m - 1], *v, sum(v)])
        title = b.L("Volumes d'injections par indication — 2024", "Injection volumes by indication - 2024")
    else:
        header = b.L(["Clinique", "RV", "Absences", "%"], ["Clinic", "Visits", "No-shows", "%"])
        rows = []
        for c in [b.L("Rétine", "Retina"), b.L("Glaucome", "Glaucoma"), b.L("Cornée", "Cornea"), b.L("Pédiatrie", "Paediatrics")]:
            v, n = r.randint(300, 1500), r.randint(10, 120)
            rows.append([c, v, n, f"{100 * n / v:.1f}"])
        title = b.L("Taux d'absence par clinique — T4", "No-show rate by clinic - Q4")
    blocks = [("p", C.greet(r, lang, group=True)), ("p", title), ("table", header, rows),
              ("p", b.L("Données agrégées, aucune information nominative.", "Aggregate data only, no identifying information.")), ("sig", C.signature(mgr, lang, r))]
    if r.random() < 0.45:
        b.att({"kind": "xlsx", "filename": b.L("statistiques.xlsx", "statistics.xlsx"), "data": A.make_xlsx([(b.L("Données", "Data"), [header] + rows)], C.staff_name(mgr, lang, False))})
    return b.spec(addr_of(mgr, lang), [addr_of(ctx.person("ophtalmo"), lang), addr_of(ctx.person("manager", exclude=(mgr,)), lang)], title, blocks)
