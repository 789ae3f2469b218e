"""Positive templates, part 4: paediatric palliative care and young adults."""
from gen_attach import make_pdf
from gen_common import dates, org, staff_member, phone, address, mrn, date_fr, date_en, relative_name, strip_accents, Staff
from gen_pos_base import patient, name_as, nam_text, Types, finish, role, yesno, g
from gen_pos3 import att, _fname
from gen_style import to_list
from gen_vocab import cap, sc_med, dx, sx, med, soc, meds

PEDS_ORG = ('CHU mère-enfant Sainte-Brigitte (fictif)', 'chume-stebrigitte.example')
KIDS_HOSPICE = ('Maison Petit-Phare pour enfants', 'petit-phare.example')
PEDS_MEDS = [('morphine 0,1 mg/kg PO q4h PRN (1,8 mg)', 'morphine 0.1 mg/kg PO q4h PRN (1.8 mg)'),
             ('midazolam buccal 5 mg si convulsion > 5 min', 'buccal midazolam 5 mg for seizure > 5 min'),
             ('ondansétron 2 mg PO q8h PRN', 'ondansetron 2 mg PO q8h PRN'),
             ('gabapentine 100 mg PO TID', 'gabapentin 100 mg PO TID'),
             ('dexaméthasone 2 mg PO die', 'dexamethasone 2 mg PO daily'),
             ('hydromorphone 0,2 mg SC q3h PRN', 'hydromorphone 0.2 mg SC q3h PRN')]


def _pmed(r, lang, k=2):
    return [m[0 if lang == 'fr' else 1] for m in r.sample(PEDS_MEDS, k)]


def p_peds(r, lang, ctx):
    p = patient(r, ctx, lang, 0.8, grp='child')
    fr = lang == 'fr'
    kind = r.choice(['respite', 'school', 'plan', 'bereavement'])
    s = staff_member(r, ('infirmière pivot, soins palliatifs pédiatriques', 'pediatric palliative nurse navigator', False))
    o = PEDS_ORG
    mother = relative_name(r, p.surname if yesno(r) else None, 'F')
    t = Types('patient_name', 'diagnosis')
    nm = p.full if yesno(r, 0.6) else name_as(r, p, lang, r.choice(['rev', 'full', 'rev_upper']))
    if kind == 'respite':
        to = [('Admissions' if not fr else 'Admissions – ' + KIDS_HOSPICE[0], 'admissions@%s' % KIDS_HOSPICE[1])]
        ids = []
        ids.append(('DDN : %s' if fr else 'DOB: %s') % p.dob)
        t.add('date_of_birth')
        if p.nam:
            ids.append(('NAM : %s' if fr else 'RAMQ: %s') % nam_text(r, p))
            t.add('ramq_nam')
        m = _pmed(r, lang, 3)
        t.add('medication', 'patient_contact', 'social_information')
        if fr:
            body = ('Demande de séjour de répit pour %s (%s) du %s au %s.\n\n%s\n\nDiagnostic : %s\nMédication : %s\n'
                    'Parents : %s, %s (cell.) ; contexte : %s.\n\nLa famille aimerait discuter d\'un éventuel séjour de fin de vie '
                    'chez vous plutôt qu\'à l\'hôpital.' % (nm, '%d ans' % p.age(), *dates(r, lang, 4, 2), '\n'.join(ids),
                                                            dx(r, lang, p), ' ; '.join(m), mother, phone(r), soc(r, lang, p)))
            subj = r.choice(['Demande de répit', 'Séjour de répit – Maison Petit-Phare', 'Répit + discussion fin de vie'])
        else:
            body = ('Respite stay request for %s (age %d) from %s to %s.\n\n%s\n\nDiagnosis: %s\nMedications: %s\n'
                    'Parents: %s, %s (cell); context: %s.\n\nThe family would like to discuss an end-of-life stay with you '
                    'rather than in hospital.' % (nm, p.age(), *dates(r, lang, 4, 2), '\n'.join(ids), dx(r, lang, p),
                                                  '; '.join(m), mother, phone(r), soc(r, lang, p)))
            subj = r.choice(['Respite request', 'Respite stay + end-of-life discussion'])
        return finish(r, lang, 'peds_respite_request', t, 'paediatric hospice respite request', subj, body, o, s, to)
    if kind == 'school':
        teacher = staff_member(r)
        to = [(teacher.full, '%s@ecole-des-trois-soleils.example' % strip_accents(teacher.given).lower())]
        m = _pmed(r, lang, 1)[0]
        t.add('medication')
        if fr:
            body = ('Comme convenu avec ses parents, %s reviendra en classe les avant-midi à compter du %s. '
                    'Vous savez qu\'%s est atteint%s de %s ; %s peut être fatigué%s et avoir des maux de tête.\n\n'
                    'En cas de convulsion de plus de 5 minutes : %s, puis appeler le 911 et la mère (%s).\n\n'
                    'Je passerai rencontrer l\'équipe-école jeudi pour en parler avec les amis de la classe.'
                    % (p.given, date_fr(r, 4), g(p, 'elle', 'il'), g(p, 'e', ''), dx(r, lang, p), g(p, 'elle', 'il'),
                       g(p, 'e', ''), m, phone(r)))
            subj = 'Retour en classe de %s' % p.given
        else:
            body = ('As agreed with the parents, %s will return to class in the mornings from %s. As you know, %s has %s and may '
                    'be tired and have headaches.\n\nFor a seizure longer than 5 minutes: %s, then call 911 and the mother (%s).'
                    % (p.full, date_en(r, 4), g(p, 'she', 'he'), dx(r, lang, p), m, phone(r)))
            subj = 'Return to class - %s' % p.given
        t.add('patient_contact')
        return finish(r, lang, 'peds_school_liaison', t, 'school liaison about a child with a terminal illness', subj, body,
                      o, s, to, to_name=teacher.given)
    if kind == 'plan':
        to = to_list(r, 2, 'clsc-des-erables.example')
        lines = [('Enfant : %s' if fr else 'Child: %s') % p.rev, ('DDN : %s   Poids : %d kg' if fr else 'DOB: %s   Weight: %d kg')
                 % (p.dob, r.randint(12, 45)), ('Dossier : %s' if fr else 'MRN: %s') % mrn(r),
                 ('Diagnostic : %s' if fr else 'Diagnosis: %s') % dx(r, lang, p), '',
                 'Symptômes attendus et conduite :' if fr else 'Expected symptoms and plan:'] + ['- ' + x for x in _pmed(r, lang, 4)]
        t.add('date_of_birth', 'mrn', 'medication')
        pdf = make_pdf('Plan de gestion des symptômes – domicile' if fr else 'Home symptom management plan', lines, author=o[0])
        fn = ('plan_symptômes_%s.pdf' if fr else 'symptom_plan_%s.pdf') % p.given.lower()
        body = ('Plan de symptômes à jour pour les visites à domicile de fin de semaine. La famille a une copie.' if fr else
                'Updated symptom plan for weekend home visits. Family has a copy.')
        subj = 'Plan de symptômes – domicile' if fr else 'Symptom plan - home'
        return finish(r, lang, 'peds_symptom_plan', t, 'paediatric symptom plan PDF', subj, body, o, s, to,
                      attachments=[att(r, 'application/pdf', pdf, fn)])
    # bereavement of parents
    s = staff_member(r, role(8))
    to = to_list(r, 1, o[1])
    father = relative_name(r, p.surname, 'M')
    t.add('social_information', 'patient_contact')
    if fr:
        body = ('Suivi de deuil pour les parents de %s, %s le %s (%s) : %s et %s, tél. %s. '
                'La mère ne dort plus et a repris le travail trop tôt ; le père s\'isole. Le frère de 9 ans pose beaucoup de '
                'questions à l\'école. Je propose une rencontre familiale et une référence au groupe pour la fratrie.'
                % (p.full, g(p, 'décédée', 'décédé'), date_fr(r, 1), dx(r, lang, p), mother, father, phone(r)))
        subj = r.choice(['Suivi de deuil – famille', 'Deuil parents – à discuter en réunion'])
    else:
        body = ('Bereavement follow-up for the parents of %s, who died on %s (%s): %s and %s, phone %s. Mother is not sleeping and '
                'went back to work too early; father is withdrawing. Their 9-year-old son asks many questions at school.'
                % (p.full, date_en(r, 1), dx(r, lang, p), mother, father, phone(r)))
        subj = 'Bereavement follow-up - family'
    return finish(r, lang, 'peds_bereavement', t, 'bereavement follow-up for parents of a deceased child', subj, body, o, s, to)


def p_young_adult(r, lang, ctx):
    p = patient(r, ctx, lang, 0.75, grp='young')
    o = org(r)
    fr = lang == 'fr'
    kind = r.choice(['psychosocial', 'maid', 'home'])
    t = Types('patient_name', 'diagnosis')
    nm = name_as(r, p, lang, r.choice(['title_full', 'full', 'rev']))
    if kind == 'psychosocial':
        s = staff_member(r, role(r.choice([0, 1])))
        sw = staff_member(r, role(2))
        to = [(sw.full, sw.email(o[1]))]
        t.add('social_information')
        extra = ''
        if p.nam and yesno(r, 0.6):
            extra = (' (NAM %s)' if fr else ' (RAMQ %s)') % nam_text(r, p)
            t.add('ramq_nam')
        parent = p.age() >= 28
        so = soc(r, lang, p)
        if fr:
            ctx_fr = ('Deux enfants de 4 et 7 ans ; %s voudrait préparer des lettres pour eux et s\'inquiète de la garde '
                      'après son décès.' % g(p, 'elle', 'il')) if parent else \
                ('%s, vit chez ses parents qui sont dépassés ; %s aimerait terminer sa session si possible.'
                 % (g(p, 'Étudiante au cégep', 'Étudiant au cégep'), g(p, 'elle', 'il')))
            body = ('Peux-tu rencontrer %s%s, %d ans, cette semaine ? %s, pronostic de quelques mois. %s %s Aussi : %s.'
                    % (nm, extra, p.age(), cap(dx(r, lang, p)),
                       g(p, 'Elle est en arrêt de travail sans assurance invalidité.',
                         'Il est travailleur autonome, sans revenu depuis 3 mois.') if parent else '',
                       ctx_fr, so))
            subj = r.choice(['Référence TS – jeune parent' if parent else 'Référence TS – jeune adulte',
                             'Besoin psychosocial urgent'])
        else:
            ctx_en = ('Two children aged 4 and 7; wants to write letters for them and is worried about custody after death.'
                      if parent else 'College student living with parents, who are overwhelmed; hopes to finish the semester.')
            body = ('Could you see %s%s, %d, this week? %s, prognosis of a few months. %s%s Also: %s.'
                    % (nm, extra, p.age(), cap(dx(r, lang, p)), 'No income for 3 months. ' if parent else '', ctx_en, so))
            subj = r.choice(['SW referral - young parent' if parent else 'SW referral - young adult',
                             'Urgent psychosocial need'])
        return finish(r, lang, 'young_adult_psychosocial', t, 'young adult, social work referral', subj, body,
                      o, s, to, to_name=sw.given)
    if kind == 'maid':
        s = staff_member(r, role(12))
        md = staff_member(r, role(1))
        to = [(md.full, md.email(o[1]))]
        ids = []
        if p.nam:
            ids.append(('NAM : %s' if fr else 'RAMQ: %s') % nam_text(r, p))
            t.add('ramq_nam')
        ids.append(('DDN : %s' if fr else 'DOB: %s') % p.dob)
        t.add('date_of_birth')
        if fr:
            body = ('Nouvelle %s : %s\n%s\n\n%s. %s souhaite que l\'AMM ait lieu à domicile, en présence de %s conjoint%s. '
                    'Pouvez-vous faire la première évaluation d\'ici %s ?'
                    % (r.choice(['demande d\'AMM signée', 'demande d\'AMM formulée verbalement']), nm, '\n'.join(ids), cap(dx(r, lang, p)), g(p, 'Elle', 'Il'), g(p, 'son', 'sa'),
                       g(p, '', 'e'), date_fr(r, 3)))
            subj = 'AMM – jeune adulte, évaluation à planifier'
        else:
            body = ('New %s: %s\n%s\n\n%s. Wishes MAID to take place at home with partner present. Could you do the first '
                    'assessment by %s?' % (r.choice(['signed MAID request', 'verbal MAID request']), nm, '\n'.join(ids), cap(dx(r, lang, p)), date_en(r, 3)))
            subj = 'MAID - young adult, assessment to schedule'
        return finish(r, lang, 'young_adult_maid', t, 'MAID request from a young adult', subj, body, o, s, to,
                      to_name=md.short(lang))
    s = staff_member(r, role(r.choice([0, 13])))
    cname = r.choice(['CLSC des Érables', 'CLSC du Vieux-Moulin'])
    to = [(cname, 'sad.palliatif@%s.example' % strip_accents(cname).lower().replace(' ', '-'))]
    m = meds(r, lang, 3)
    t.add('medication', 'patient_contact')
    if fr:
        body = ('%s, %d ans, souhaite mourir à la maison. %s. Vit avec %s conjoint%s au %s (tél. %s).\n\nMédication actuelle : %s.\n\n'
                'Demande : visites infirmières quotidiennes et préposé 2 h/jour dès la semaine prochaine.'
                % (nm, p.age(), cap(dx(r, lang, p)), g(p, 'son', 'sa'), g(p, '', 'e'), address(r), phone(r), ' ; '.join(m)))
        subj = 'Fin de vie à domicile – jeune adulte'
    else:
        body = ('%s, %d, wishes to die at home. %s. Lives with partner at %s (phone %s).\n\nCurrent meds: %s.\n\n'
                'Request: daily nursing visits and PSW 2 h/day starting next week.'
                % (nm, p.age(), cap(dx(r, lang, p)), address(r), phone(r), '; '.join(m)))
        subj = 'Home death planning - young adult'
    return finish(r, lang, 'young_adult_home', t, 'young adult home end-of-life request', subj, body, o, s, to)
