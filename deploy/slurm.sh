#!/usr/bin/env bash
# Facet on Slurm: a job array renders {{SHARDS}} shards, one task per GPU, into a shared folder;
# a job that depends on the whole array merges them. Made by `facet deploy slurm`, or fill in
# the {{...}} by hand. Needs `facet` on the nodes' PATH (the repository's launcher, or a
# wrapper around facet.jar like the one in deploy/Dockerfile) and a folder all nodes share.
#
#   bash {{NAME}}.sh      # submits the array and the merge job (afterok on the array)
#
# or by hand:
#   jobid=$(sbatch --parsable {{NAME}}.sh)
#   sbatch --dependency=afterok:$jobid --job-name={{NAME}}-merge --wrap "{{MERGE_LINE}}"
#
# A task that fails can be resubmitted (sbatch --array=<its index> {{NAME}}.sh) and resumes its
# shard (--resume); the shard number comes from SLURM_ARRAY_TASK_ID (minus SLURM_ARRAY_TASK_MIN),
# the shard count from SLURM_ARRAY_TASK_COUNT.
#SBATCH --job-name={{NAME}}
#SBATCH --array=0-{{LAST_SHARD}}
#SBATCH --gres=gpu:{{GPUS}}
#SBATCH --ntasks=1
#SBATCH --cpus-per-task=4
#SBATCH --output={{NAME}}-%A_%a.log
set -euo pipefail

if [ -z "${SLURM_JOB_ID:-}" ]; then
  jobid=$(sbatch --parsable "$0")
  jobid=${jobid%%;*}
  sbatch --dependency=afterok:"$jobid" --job-name={{NAME}}-merge --output={{NAME}}-merge-%j.log \
    --wrap "{{MERGE_LINE}}"
  echo "submitted array job $jobid and its merge job"
  exit 0
fi

export NVIDIA_DRIVER_CAPABILITIES=graphics,compute,utility
srun {{RUN_LINE}}
